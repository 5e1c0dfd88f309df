import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { notifyClientOfInvoice } from './notify-client-of-invoice';
import { settledStatus } from './settled-status';

class IssueRefused extends Error {
  constructor(readonly reason: 'notDraft' | 'creditTooLarge' | 'emptyInvoice') {
    super(reason);
  }
}

type TTx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * The next free number of a kind in a business and year ("2026-0007", "CN-2026-0002"):
 * the counter goes up by one; a number already used by an imported invoice is skipped.
 */
async function nextNumber(tx: TTx, businessId: string, kind: string, year: number) {
  for (;;) {
    const sequence = await tx.invoiceSequence.upsert({
      where: { businessId_kind_year: { businessId, kind, year } },
      create: { businessId, kind, year, lastNumber: 1 },
      update: { lastNumber: { increment: 1 } },
      select: { lastNumber: true },
    });
    const serial = `${year}-${String(sequence.lastNumber).padStart(4, '0')}`;
    const number = kind === 'credit_note' ? `CN-${serial}` : serial;
    const taken = await tx.invoice.findFirst({ where: { businessId, number }, select: { id: true } });
    if (!taken) return number;
  }
}

/** The calendar year of an instant in the business's timezone (numbering restarts each year). */
function yearIn(timezone: string, now: Date) {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: timezone }).format(now));
}

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
  business: { id: string; slug: string; name: string; accentColor: string; timezone: string; defaultLocale: string };
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
      if (!draft) throw new IssueRefused('notDraft');
      if (draft._count.lines === 0) throw new IssueRefused('emptyInvoice');
      const year = yearIn(business.timezone, now);
      const number = await nextNumber(tx, business.id, draft.kind, year);
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
          throw new IssueRefused('creditTooLarge');
        const creditedMinor = original.creditedMinor + draft.totalMinor;
        const { count } = await tx.invoice.updateMany({
          // unchanged since it was read, or a concurrent credit note would be counted twice
          where: { id: original.id, creditedMinor: original.creditedMinor },
          data: { creditedMinor, status: settledStatus({ ...original, creditedMinor }) },
        });
        if (count === 0) throw new IssueRefused('creditTooLarge');
      }
      await tx.invoice.update({
        where: { id: draft.id },
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
    if (error instanceof IssueRefused) return { ok: false as const, error: error.reason };
    throw error;
  }
}
