import 'server-only';
import { parseEnv, type TEnv } from './env-schema';

export { parseEnv };

let cached: TEnv | undefined;
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

export const isDemoMode = () => env().PORTICO_DEMO === '1';

/** The public base URL: links in messages are built from it, never from the Host header. */
export const appUrl = () => env().AUTH_URL?.replace(/\/api\/auth\/?$/, '').replace(/\/$/, '') ?? `http://localhost:${process.env.PORT ?? 3000}`;
