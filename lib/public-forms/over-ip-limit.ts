import 'server-only';
import { db } from '@/lib/db';

const WINDOW_MS = 3600_000;

/**
 * Whether an address sent more than `max` of a public form's submissions (counted by
 * their audit entries) to any business in the last hour. Without an address, never.
 */
export async function overIpLimit(action: string, ip: string | null | undefined, max: number, now = new Date()) {
  if (!ip) return false;
  const count = await db.auditEvent.count({
    where: { action, ip, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
  });
  return count >= max;
}
