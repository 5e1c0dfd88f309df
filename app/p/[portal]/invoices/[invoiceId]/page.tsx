import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Money } from '@/components/portal/money';
import { PayInvoiceButton } from '@/components/portal/pay-invoice-button';
import { payInvoiceAction } from '@/lib/actions/payments';
import { InvoiceSummary } from '@/components/invoices/invoice-summary';
import { invoiceFigures } from '@/lib/invoices/invoice-figures';
import { getInvoice } from '@/lib/invoices/get-client-invoice';
import { portalContext } from '@/lib/auth/guards/portal-context';
import { DAY, dayForFormat } from '@/lib/time/calendar-day';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invoices'))('title') };
}

async function InvoicePage({ params }: PageProps<'/p/[portal]/invoices/[invoiceId]'>) {
  const { business, client } = await portalContext(params);
  const { invoiceId } = await params;
  const invoice = await getInvoice({ businessId: business.id, clientId: client.id, invoiceId });
  if (!invoice) notFound();
  const [t, tp, format] = await Promise.all([getTranslations('invoices'), getTranslations('payments'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: business.timezone });
  const figures = invoiceFigures(invoice);
  const money = (minor: number) => <Money minor={minor} currency={invoice.currency} />;
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link
        href={`/p/${business.slug}/invoices`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('back')}
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">
          {t(invoice.kind === 'credit_note' ? 'creditNumber' : 'number', { number: invoice.number ?? '' })}
        </h1>
        <span className="rounded-full bg-slate-100 px-3 py-1 text-sm font-medium">
          {t(`status.${invoice.displayStatus}`)}
        </span>
      </div>
      {invoice.corrects && <p>{t('corrects', { number: invoice.corrects })}</p>}
      <div className="flex flex-wrap gap-3">
        {invoice.kind === 'invoice' && invoice.status === 'open' && figures.balanceMinor > 0 && !client.viewAs && (
          <PayInvoiceButton pay={payInvoiceAction.bind(null, business.slug, invoice.id)} />
        )}
        <a
          href={`/api/portal/${business.slug}/invoices/${invoice.id}/pdf`}
          download
          className="inline-flex min-h-11 items-center self-start rounded-lg border border-slate-400 bg-white px-3 font-medium"
        >
          {t('pdf')}
        </a>
      </div>
      <dl className="grid grid-cols-2 gap-2 rounded-2xl bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-600">{t('issued')}</dt>
          <dd>{date(invoice.issuedAt)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t('due')}</dt>
          <dd>{invoice.dueOn ? format.dateTime(dayForFormat(invoice.dueOn), DAY) : '—'}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t('total')}</dt>
          <dd className="font-semibold">{money(invoice.totalMinor)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t('balance')}</dt>
          <dd className="font-semibold">{money(figures.balanceMinor)}</dd>
        </div>
      </dl>
      <InvoiceSummary figures={figures} currency={invoice.currency} />
      <section aria-labelledby="applied" className="rounded-2xl bg-white p-4 ring-1 ring-slate-200">
        <h2 id="applied" className="font-semibold">
          {t('paymentsApplied')}
        </h2>
        {invoice.payments.length === 0 ? (
          <p className="mt-2 text-slate-700">{t('noPayments')}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {invoice.payments.map((p) => (
              <li key={p.id} className="flex justify-between gap-3 py-2">
                <span>
                  {date(p.paidAt)} · {tp(`methods.${p.method as 'card'}`)}
                  {p.reference ? ` · ${p.reference}` : ''}
                </span>
                <span className="font-medium">
                  <Money minor={p.amountMinor} currency={p.currency} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

export default withClientMessages(['invoices', 'publicForms'], InvoicePage);
