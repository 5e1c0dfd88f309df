import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { issuesToErrors } from '@/lib/forms/issues-to-errors';
import { ZPaymentForm } from './invoice-schema';
import { parseMoney } from '../format/money';
import { invoiceBalance, settledStatus } from './settled-status';

class PaymentRefused extends Error {
  constructor(readonly errors: Record<string, string>) {
    super('payment refused');
  }
}

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
  if (!parsed.success) return { ok: false as const, errors: issuesToErrors(parsed.error.issues) };
  if ((parseMoney(parsed.data.amount) ?? 0) <= 0) return { ok: false as const, errors: { amount: 'amountPositive' } };
  const paidAt = new Date(`${parsed.data.paidOn}T12:00:00.000Z`);
  // a day of slack for timezones ahead of UTC
  if (paidAt.getTime() > now.getTime() + 24 * 3600_000) return { ok: false as const, errors: { paidOn: 'future' } };
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
      if (!invoice) throw new PaymentRefused({ form: 'notFound' });
      if (invoice.status !== 'open') throw new PaymentRefused({ form: 'notOpen' });
      // in the invoice's own minor units (yen have none)
      const amountMinor = parseMoney(parsed.data.amount, invoice.currency);
      if (amountMinor === null) throw new PaymentRefused({ amount: 'amount' });
      if (amountMinor > invoiceBalance(invoice)) throw new PaymentRefused({ amount: 'moreThanBalance' });
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
      if (count === 0) throw new PaymentRefused({ form: 'changed' });
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
    if (error instanceof PaymentRefused) return { ok: false as const, errors: error.errors };
    throw error;
  }
}
