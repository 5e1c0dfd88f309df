import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'outbox'] as const;
const PAGE_SIZE = 50;

export const ZDeliveryQuery = z.object({
  status: z.enum(DELIVERY_STATUSES).optional().catch(undefined),
  to: z.string().trim().max(254).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TDeliveryQuery = z.infer<typeof ZDeliveryQuery>;

/**
 * The business's delivery log, newest first, 50 a page (two queries). What a message said
 * is not listed: a sign-in code or a password must not reach staff through it.
 */
export async function listDeliveryLog(businessId: string, query: TDeliveryQuery) {
  const where = {
    businessId,
    ...(query.status ? { status: query.status === 'queued' ? { in: ['queued', 'sending'] } : query.status } : {}),
    ...(query.to ? { to: query.to.toLowerCase() } : {}),
  };
  const [rows, total] = await Promise.all([
    db.outboundMessage.findMany({
      where,
      select: {
        id: true,
        createdAt: true,
        sentAt: true,
        channel: true,
        kind: true,
        to: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        error: true,
      },
      orderBy: { createdAt: 'desc' },
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.outboundMessage.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
