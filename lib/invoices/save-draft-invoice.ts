import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { ZInvoiceForm } from './invoice-schema';
import { formLines, invoiceTotals } from './invoice-totals';
import { fail, invalid, invalidInput } from '@/lib/result';

type TBusiness = { id: string; currency: string; timezone: string };

/**
 * Create or update a draft invoice (or credit note). Only drafts change: an issued
 * invoice is corrected by a credit note. The client must be an active card of this
 * business; anything else is a field error and nothing is written.
 */
export async function saveDraftInvoice({
  business,
  invoiceId,
  values,
  staffIdentityId,
  now = new Date(),
}: {
  business: TBusiness;
  invoiceId?: string;
  values: unknown;
  staffIdentityId: string;
  now?: Date;
}) {
  const parsed = ZInvoiceForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const form = parsed.data;
  const { lines, discountMinor } = formLines(form, business.currency);
  const totals = invoiceTotals(lines, discountMinor);
  if (!totals.ok) return invalid({ discount: totals.error });
  const client = await db.client.findFirst({
    where: { id: form.clientId, businessId: business.id, status: { not: 'archived' } },
    select: { id: true },
  });
  if (!client) return invalid({ clientId: 'clientRequired' });
  const data = {
    clientId: client.id,
    // a calendar day in the business's calendar, kept as that day
    dueOn: form.dueDate || null,
    notes: form.notes.trim() || null,
    subtotalMinor: totals.subtotalMinor,
    discountMinor: totals.discountMinor,
    taxMinor: totals.taxMinor,
    totalMinor: totals.totalMinor,
  };
  const lineRows = totals.lines.map((l, position) => ({
    position,
    description: l.description,
    quantity: l.quantity,
    unitPriceMinor: l.unitPriceMinor,
    taxRateBp: l.taxRateBp,
    totalMinor: l.totalMinor,
  }));
  if (invoiceId) {
    const existing = await db.invoice.findFirst({
      where: { id: invoiceId, businessId: business.id },
      select: { status: true, kind: true, creditedInvoiceId: true, clientId: true },
    });
    if (!existing) return fail('notFound');
    if (existing.status !== 'draft') return fail('notDraft');
    if (existing.kind === 'credit_note' && existing.clientId !== client.id)
      return invalid({ clientId: 'creditNoteClient' });
    const updated = await db.$transaction(async (tx) => {
      // the status is checked again in the write: an invoice issued meanwhile is left alone
      const { count } = await tx.invoice.updateMany({
        where: { id: invoiceId, businessId: business.id, status: 'draft' },
        data,
      });
      if (count === 0) return false;
      await tx.invoiceLine.deleteMany({ where: { invoiceId } });
      await tx.invoiceLine.createMany({ data: lineRows.map((l) => ({ ...l, invoiceId })) });
      return true;
    });
    if (!updated) return fail('notDraft');
    await recordAuditEvent({
      businessId: business.id,
      actorType: 'staff',
      actorId: staffIdentityId,
      action: 'invoice.draft_saved',
      targetType: 'invoice',
      targetId: invoiceId,
      meta: { totalMinor: totals.totalMinor },
    });
    return { ok: true as const, invoiceId };
  }
  const created = await db.invoice.create({
    data: {
      ...data,
      businessId: business.id,
      currency: business.currency,
      status: 'draft',
      issuedAt: now,
      lines: { create: lineRows },
    },
    select: { id: true },
  });
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'invoice.draft_created',
    targetType: 'invoice',
    targetId: created.id,
    meta: { totalMinor: totals.totalMinor },
  });
  return { ok: true as const, invoiceId: created.id };
}
