import 'server-only';
import { parseEnv, type TEnv } from './env-schema';

/** The validated environment (parsed on each call: it is cheap, and tests change process.env). */
export function env(): TEnv {
  return parseEnv(process.env);
}

export const isDemoMode = () => env().PORTICO_DEMO === '1';
export const isPublicSignUpOpen = () => env().PORTICO_PUBLIC_SIGNUP === '1';

/** The public base URL: links in messages are built from it, never from the Host header. */
export const appUrl = () =>
  env()
    .AUTH_URL?.replace(/\/api\/auth\/?$/, '')
    .replace(/\/$/, '') ?? `http://localhost:${process.env.PORT ?? 3000}`;
