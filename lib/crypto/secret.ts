import 'server-only';
import { env } from '@/lib/env';

/** AUTH_SECRET; a fixed value only outside production (start-up refuses production without one). */
export function authSecret() {
  const value = env().AUTH_SECRET;
  if (value) return value;
  if (process.env.NODE_ENV === 'production') throw new Error('AUTH_SECRET is required');
  return 'portico-development-only-secret-not-for-production';
}
