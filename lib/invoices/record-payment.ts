import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { ZPaymentForm } from './invoice-schema';
import { parseMoney } from '../format/money';
import { invoiceBalance, settledStatus } from './settled-status';
import { fail, invalid, invalidInput, Refusal } from '@/lib/result';

/**
 * Record a payment against an open invoice (partial payments welcome): never more
 * than its balance, never dated in the future. The invoice's paid amount and status
 * follow in the same transaction, written only if nobody changed it meanwhile.
 */
export async function recordPayment({
  businessId,
  invoiceId,
  values,
  staffIdentityId,
  now = new Date(),
}: {
  businessId: string;
  invoiceId: string;
  values: unknown;
  staffIdentityId: string;
  now?: Date;
}) {
  const parsed = ZPaymentForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  if ((parseMoney(parsed.data.amount) ?? 0) <= 0) return invalid({ amount: 'amountPositive' });
  const paidAt = new Date(`${parsed.data.paidOn}T12:00:00.000Z`);
  // a day of slack for timezones ahead of UTC
  if (paidAt.getTime() > now.getTime() + 24 * 3600_000) return invalid({ paidOn: 'future' });
  try {
    const payment = await db.$transaction(async (tx) => {
      const invoice = await tx.invoice.findFirst({
        where: { id: invoiceId, businessId, kind: 'invoice' },
        select: {
          id: true,
          clientId: true,
          currency: true,
          status: true,
          totalMinor: true,
          paidMinor: true,
          creditedMinor: true,
        },
      });
      if (!invoice) throw new Refusal(fail('notFound'));
      if (invoice.status !== 'open') throw new Refusal(fail('notOpen'));
      // in the invoice's own minor units (yen have none)
      const amountMinor = parseMoney(parsed.data.amount, invoice.currency);
      if (amountMinor === null) throw new Refusal(invalid({ amount: 'amount' }));
      if (amountMinor > invoiceBalance(invoice)) throw new Refusal(invalid({ amount: 'moreThanBalance' }));
      const paidMinor = invoice.paidMinor + amountMinor;
      const { count } = await tx.invoice.updateMany({
        where: {
          id: invoice.id,
          businessId,
          status: 'open',
          paidMinor: invoice.paidMinor,
          creditedMinor: invoice.creditedMinor,
        },
        data: { paidMinor, status: settledStatus({ ...invoice, paidMinor }) },
      });
      if (count === 0) throw new Refusal(fail('changed'));
      return tx.payment.create({
        data: {
          businessId,
          clientId: invoice.clientId,
          invoiceId: invoice.id,
          amountMinor,
          currency: invoice.currency,
          method: parsed.data.method,
          reference: parsed.data.reference || null,
          paidAt,
        },
        select: { id: true, amountMinor: true },
      });
    });
    await recordAuditEvent({
      businessId,
      actorType: 'staff',
      actorId: staffIdentityId,
      action: 'payment.recorded',
      targetType: 'invoice',
      targetId: invoiceId,
      meta: { paymentId: payment.id, amountMinor: payment.amountMinor, method: parsed.data.method },
    });
    return { ok: true as const, paymentId: payment.id };
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}
