import 'server-only';
import { db } from '@/lib/db';

/** Newest messages first, optionally for one recipient (demo mode only: callers check). */
export function listOutbox({ to, take = 50 }: { to?: string | null; take?: number }) {
  return db.outboundMessage.findMany({
    where: to ? { to: to.trim() } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, channel: true, kind: true, to: true, subject: true, text: true, status: true, createdAt: true },
  });
}
