import 'server-only';
import { headers } from 'next/headers';

/** The client's IP for rate limits: the first X-Forwarded-For hop (set by Next or the proxy in front). */
export async function requestIp() {
  const list = await headers();
  return list.get('x-forwarded-for')?.split(',')[0]?.trim() || list.get('x-real-ip') || null;
}
