import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { fail } from '@/lib/result';

/** A staff member's step on one invoice of their business. */
export type TInvoiceStep = { businessId: string; invoiceId: string; staffIdentityId: string; now?: Date };

/**
 * Void an issued invoice nobody has paid or credited: it stays (its number is never
 * reused) and shows as void. One with payments is corrected with a credit note instead.
 */
export async function voidInvoice({ businessId, invoiceId, staffIdentityId }: TInvoiceStep) {
  const invoice = await db.invoice.findFirst({
    where: { id: invoiceId, businessId, kind: 'invoice' },
    select: { status: true, paidMinor: true, creditedMinor: true, number: true },
  });
  if (!invoice) return fail('notFound' as const);
  if (invoice.status !== 'open') return fail('notOpen' as const);
  if (invoice.paidMinor > 0 || invoice.creditedMinor > 0) return fail('hasPayments' as const);
  const { count } = await db.invoice.updateMany({
    where: { id: invoiceId, businessId, status: 'open', paidMinor: 0, creditedMinor: 0 },
    data: { status: 'void' },
  });
  if (count === 0) return fail('hasPayments' as const);
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'invoice.voided',
    targetType: 'invoice',
    targetId: invoiceId,
    meta: { number: invoice.number },
  });
  return { ok: true as const };
}

/** Delete a draft: it never had a number, so nothing is lost from the sequence. */
export async function deleteDraftInvoice({ businessId, invoiceId, staffIdentityId }: TInvoiceStep) {
  const { count } = await db.invoice.deleteMany({ where: { id: invoiceId, businessId, status: 'draft' } });
  if (count === 0) return fail('notDraft' as const);
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'invoice.draft_deleted',
    targetType: 'invoice',
    targetId: invoiceId,
  });
  return { ok: true as const };
}
