import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { nextInvoiceNumber, yearIn } from './invoice-number';
import { notifyClientOfInvoice } from './notify-client-of-invoice';
import { settledStatus } from './settled-status';
import { fail, Refusal } from '@/lib/result';
import type { TSenderBusiness } from '@/lib/business/sender-business';

/**
 * Issue a draft: it takes the next number of its kind for the business and year
 * (never reused: the counter only goes up, in the same transaction), becomes open,
 * and the client is emailed a link to it in the portal. A credit note is taken off
 * the invoice it corrects, never more than that invoice has left to credit.
 */
export async function issueInvoice({
  business,
  invoiceId,
  staffIdentityId,
  now = new Date(),
}: {
  business: TSenderBusiness;
  invoiceId: string;
  staffIdentityId: string;
  now?: Date;
}) {
  try {
    const issued = await db.$transaction(async (tx) => {
      const draft = await tx.invoice.findFirst({
        where: { id: invoiceId, businessId: business.id, status: 'draft' },
        select: {
          id: true,
          kind: true,
          creditedInvoiceId: true,
          totalMinor: true,
          _count: { select: { lines: true } },
        },
      });
      if (!draft) throw new Refusal(fail('notDraft'));
      if (draft._count.lines === 0) throw new Refusal(fail('emptyInvoice'));
      const year = yearIn(business.timezone, now);
      const number = await nextInvoiceNumber(tx, business.id, draft.kind, year);
      if (draft.kind === 'credit_note') {
        const original = await tx.invoice.findFirst({
          where: {
            id: draft.creditedInvoiceId ?? '',
            businessId: business.id,
            kind: 'invoice',
            status: { in: ['open', 'paid'] },
          },
          select: { id: true, totalMinor: true, paidMinor: true, creditedMinor: true },
        });
        if (!original || draft.totalMinor > original.totalMinor - original.creditedMinor)
          throw new Refusal(fail('creditTooLarge'));
        const creditedMinor = original.creditedMinor + draft.totalMinor;
        const { count } = await tx.invoice.updateMany({
          // unchanged since it was read, or a concurrent credit note would be counted twice
          where: { id: original.id, businessId: business.id, creditedMinor: original.creditedMinor },
          data: { creditedMinor, status: settledStatus({ ...original, creditedMinor }) },
        });
        if (count === 0) throw new Refusal(fail('creditTooLarge'));
      }
      await tx.invoice.update({
        where: { id: draft.id, businessId: business.id },
        // a credit note is settled when issued: nothing is due on it
        data: { number, issuedAt: now, status: draft.kind === 'credit_note' ? 'paid' : 'open' },
      });
      return { number, kind: draft.kind };
    });
    await recordAuditEvent({
      businessId: business.id,
      actorType: 'staff',
      actorId: staffIdentityId,
      action: issued.kind === 'credit_note' ? 'credit_note.issued' : 'invoice.issued',
      targetType: 'invoice',
      targetId: invoiceId,
      meta: { number: issued.number },
    });
    const emailed = await notifyClientOfInvoice({ business, invoiceId });
    return { ok: true as const, number: issued.number, emailed };
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}
