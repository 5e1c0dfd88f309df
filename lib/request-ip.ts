import 'server-only';
import { headers } from 'next/headers';

/**
 * The client's IP for rate limits and the audit log. The production server
 * (scripts/server.mjs) sets `x-portico-client-ip` on every request from the socket,
 * or from the entry a trusted proxy appended (TRUSTED_PROXY_HOPS), overwriting
 * whatever the client sent; X-Forwarded-For's leftmost entry, which the client
 * writes, is never read. Without that server (`next dev`) there is no address.
 */
export async function requestIp() {
  return (await headers()).get('x-portico-client-ip') || null;
}
