import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { Money } from '@/components/portal/money';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { epcPayload, transferDetails } from '@/lib/business/bank-transfer';
import { toMajor } from '@/lib/format/money';
import { getOrderStatus } from '@/lib/payments/get-order-status';
import { orderOfKey } from '@/lib/payments/order-key';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orders'))('title') };
}

/**
 * Where the payment form leads: after Stripe, "received" (or "being confirmed" until the
 * webhook arrives); for a bank transfer, what to pay, to whom and with which reference.
 * Opened only with the order's sealed key from that redirect.
 */
export default async function OrderPage({ params, searchParams }: PageProps<'/p/[portal]/orders/[orderId]'>) {
  const { portal, orderId } = await params;
  const { key } = await searchParams;
  const business = await findPortalBusiness(portal);
  if (!business || !(await orderOfKey(key, orderId))) notFound();
  const order = await getOrderStatus(business.id, orderId);
  if (!order) notFound();
  const [t, tt, format] = await Promise.all([getTranslations('orders'), getTranslations('transfer'), getFormatter()]);
  const reference = `ORD-${order.id.slice(-8).toUpperCase()}`;
  const bank = transferDetails(order.business, order.business.legalName ?? order.business.name);
  const payload = bank?.iban
    ? epcPayload({ ...bank, iban: bank.iban, amountMinor: order.amountMinor, currency: order.currency, reference })
    : null;
  const qr = payload ? await QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 4, scale: 4 }) : null;
  const amount = format.number(toMajor(order.amountMinor, order.currency), {
    style: 'currency',
    currency: order.currency,
  });
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <section className="flex flex-col gap-3 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200" role="status">
        {order.status === 'paid' ? (
          <p className="text-lg font-semibold text-green-800">{t('paid', { email: order.email })}</p>
        ) : order.provider === 'manual' ? (
          <>
            <p className="text-lg font-semibold">{t('transferTitle')}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="text-slate-700">{t('amount')}</dt>
              <dd className="font-semibold">
                <Money minor={order.amountMinor} currency={order.currency} />
              </dd>
              <dt className="text-slate-700">{bank ? tt('holder') : t('payee')}</dt>
              <dd>{bank?.holder ?? order.business.legalName ?? order.business.name}</dd>
              {bank?.iban && (
                <>
                  <dt className="text-slate-700">{tt('iban')}</dt>
                  <dd className="font-mono">{bank.iban}</dd>
                </>
              )}
              {bank?.bic && (
                <>
                  <dt className="text-slate-700">{tt('bic')}</dt>
                  <dd className="font-mono">{bank.bic}</dd>
                </>
              )}
              {bank?.account && (
                <>
                  <dt className="text-slate-700">{tt('account')}</dt>
                  <dd className="whitespace-pre-line">{bank.account}</dd>
                </>
              )}
              <dt className="text-slate-700">{t('reference')}</dt>
              <dd className="font-mono">{reference}</dd>
            </dl>
            {!bank && <p className="font-medium">{tt('noDetails', { business: order.business.name })}</p>}
            {qr && (
              <figure className="flex flex-col items-start gap-1">
                {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise */}
                <img src={qr} width={180} height={180} alt={tt('qrAlt', { amount, holder: bank!.holder, reference })} />
                <figcaption className="text-sm text-slate-700">{tt('qrHint')}</figcaption>
              </figure>
            )}
            <p className="text-slate-700">{t('transferLead', { business: order.business.name, email: order.email })}</p>
          </>
        ) : (
          <>
            <p className="text-lg font-semibold">{t('confirming')}</p>
            <Link
              href={`/p/${business.slug}/orders/${order.id}?key=${encodeURIComponent(String(key))}`}
              className="underline"
            >
              {t('refresh')}
            </Link>
          </>
        )}
      </section>
    </main>
  );
}
