import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { fail } from '@/lib/result';
import type { TInvoiceStep } from './void-invoice';

/**
 * "Credit note" on an issued invoice: a draft credit note for the same client with
 * the invoice's lines, which staff adjust (a partial credit) and then issue.
 */
export async function startCreditNote({ businessId, invoiceId, staffIdentityId, now = new Date() }: TInvoiceStep) {
  const invoice = await db.invoice.findFirst({
    where: { id: invoiceId, businessId, kind: 'invoice', status: { in: ['open', 'paid'] } },
    select: {
      id: true,
      clientId: true,
      currency: true,
      subtotalMinor: true,
      discountMinor: true,
      taxMinor: true,
      totalMinor: true,
      creditedMinor: true,
      lines: { orderBy: { position: 'asc' } },
    },
  });
  if (!invoice) return fail('notIssued' as const);
  if (invoice.creditedMinor >= invoice.totalMinor) return fail('fullyCredited' as const);
  const created = await db.invoice.create({
    data: {
      businessId,
      clientId: invoice.clientId,
      kind: 'credit_note',
      creditedInvoiceId: invoice.id,
      currency: invoice.currency,
      status: 'draft',
      issuedAt: now,
      subtotalMinor: invoice.subtotalMinor,
      discountMinor: invoice.discountMinor,
      taxMinor: invoice.taxMinor,
      totalMinor: invoice.totalMinor,
      lines: {
        create: invoice.lines.map((l) => ({
          position: l.position,
          description: l.description,
          quantity: l.quantity,
          unitPriceMinor: l.unitPriceMinor,
          taxRateBp: l.taxRateBp,
          totalMinor: l.totalMinor,
        })),
      },
    },
    select: { id: true },
  });
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'credit_note.draft_created',
    targetType: 'invoice',
    targetId: created.id,
    meta: { creditedInvoiceId: invoice.id },
  });
  return { ok: true as const, invoiceId: created.id };
}
