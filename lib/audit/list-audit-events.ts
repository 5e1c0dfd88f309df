import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';

const AUDIT_PAGE_SIZE = 50;

/** The families of actions the log can be filtered by (an action is "<family>.<what>"). */
export const AUDIT_KINDS = ['client', 'staff', 'business', 'appointment', 'document', 'calendar_feed'] as const;

/** The audit log's filters, from the URL; odd values fall back to none. */
export const ZAuditQuery = z.object({
  client: z.string().max(40).optional().catch(undefined),
  staff: z.string().max(40).optional().catch(undefined),
  kind: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)?$/)
    .optional()
    .catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TAuditQuery = z.output<typeof ZAuditQuery>;

/**
 * One page of a business's audit log, newest first, with who did it and to whom:
 * four queries at any size (events, total, the people named on the page). A kind is
 * an action ("client.archived") or its family ("client").
 */
export async function listAuditEvents(businessId: string, query: TAuditQuery) {
  const where = {
    businessId,
    ...(query.client ? { targetType: 'client', targetId: query.client } : {}),
    ...(query.staff ? { actorType: 'staff', actorId: query.staff } : {}),
    ...(query.kind ? { action: query.kind.includes('.') ? query.kind : { startsWith: `${query.kind}.` } } : {}),
    ...(query.from || query.to
      ? {
          createdAt: {
            ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
            ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      select: {
        id: true,
        action: true,
        actorType: true,
        actorId: true,
        targetType: true,
        targetId: true,
        meta: true,
        ip: true,
        createdAt: true,
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: AUDIT_PAGE_SIZE,
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
    }),
    db.auditEvent.count({ where }),
  ]);
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const clientIds = [...new Set(rows.flatMap((r) => (r.targetType === 'client' && r.targetId ? [r.targetId] : [])))];
  const [actors, clients] = await Promise.all([
    actorIds.length
      ? db.identity.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
      : [],
    clientIds.length
      ? db.client.findMany({
          where: { businessId, id: { in: clientIds } },
          select: { id: true, firstName: true, lastName: true },
        })
      : [],
  ]);
  const actorName = new Map(actors.map((a) => [a.id, a.name ?? a.email ?? '']));
  const clientName = new Map(clients.map((c) => [c.id, `${c.firstName} ${c.lastName}`.trim()]));
  return {
    rows: rows.map((r) => ({
      ...r,
      who: r.actorId ? (actorName.get(r.actorId) ?? null) : null,
      whom: r.targetType === 'client' && r.targetId ? (clientName.get(r.targetId) ?? null) : null,
      meta: r.meta ? (JSON.parse(r.meta) as Record<string, string | number | boolean | null>) : null,
    })),
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
