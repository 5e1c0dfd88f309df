import 'server-only';
import twilio from 'twilio';
import type { TEnv } from '@/lib/env-schema';

/**
 * Twilio's RequestClient pointed at another base URL: only for tests, where the
 * official SDK talks to a local server that speaks Twilio's API (Prism + its spec).
 */
class RedirectingRequestClient extends twilio.RequestClient {
  constructor(private readonly base: string) {
    super();
  }
  request<TData>(opts: Parameters<twilio.RequestClient['request']>[0]) {
    const target = new URL(opts.uri);
    const base = new URL(this.base);
    target.protocol = base.protocol;
    target.host = base.host;
    return super.request<TData>({ ...opts, uri: target.toString() } as never);
  }
}

/** The Twilio client, or null when SMS is not configured (dev outbox). */
export function smsTransport(env: TEnv) {
  if (!env.TWILIO_ACCOUNT_SID || !env.TWILIO_AUTH_TOKEN || !env.TWILIO_FROM) return null;
  const httpClient = env.TWILIO_API_BASE ? new RedirectingRequestClient(env.TWILIO_API_BASE) : undefined;
  return { client: twilio(env.TWILIO_ACCOUNT_SID, env.TWILIO_AUTH_TOKEN, { httpClient }), from: env.TWILIO_FROM };
}
