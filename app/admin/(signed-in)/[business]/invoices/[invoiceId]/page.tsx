import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { InvoiceStepButton } from '@/components/admin/invoices/invoice-step-button';
import { PaymentForm } from '@/components/admin/invoices/payment-form';
import { InvoiceSummary } from '@/components/invoices/invoice-summary';
import { Money } from '@/components/portal/money';
import { FormAlert } from '@/components/ui/form-alert';
import {
  deleteInvoiceDraftAction,
  issueInvoiceAction,
  recordPaymentAction,
  startCreditNoteAction,
  voidInvoiceAction,
} from '@/lib/actions/admin-invoices';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { getBusinessInvoice } from '@/lib/invoices/get-business-invoice';
import { formatMinorForInput } from '@/lib/format/money';
import { invoiceFigures } from '@/lib/invoices/invoice-figures';
import { DAY, dayForFormat } from '@/lib/time/calendar-day';

/** The confirmation of the step that led here (`?saved=1`, `?done=issued&emailed=1`…). */
function doneMessage(
  t: Awaited<ReturnType<typeof getTranslations<'admin.invoices'>>>,
  search: Record<string, string | string[] | undefined>,
  number: string | null,
) {
  if (search.saved === '1') return t('form.saved');
  if (search.done === 'issued')
    return t(search.emailed === '1' ? 'detail.issuedEmailed' : 'detail.issued', { number: number ?? '' });
  if (search.done === 'voided' || search.done === 'creditStarted') return t(`detail.${search.done}`);
  // a payment that settles the invoice takes its form away: the page confirms it
  if (search.done === 'paid') return t('payment.recorded');
  return null;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.invoices'))('title') };
}

export default async function InvoiceDetailPage({
  params,
  searchParams,
}: PageProps<'/admin/[business]/invoices/[invoiceId]'>) {
  const { business: slug, invoiceId } = await params;
  const { business, role } = await requireStaffPermission(slug, 'clients.read');
  const invoice = await getBusinessInvoice({ businessId: business.id, invoiceId });
  if (!invoice) notFound();
  const search = await searchParams;
  const [t, tm, format, locale] = await Promise.all([
    getTranslations('admin.invoices'),
    getTranslations('payments.methods'),
    getFormatter(),
    getLocale(),
  ]);
  const base = `/admin/${business.slug}/invoices`;
  const credit = invoice.kind === 'credit_note';
  const title = invoice.number
    ? t(credit ? 'creditNumber' : 'invoiceNumber', { number: invoice.number })
    : t(credit ? 'draftCredit' : 'draft');
  const money = (minor: number) => <Money minor={minor} currency={invoice.currency} />;
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: business.timezone });
  const clientName = `${invoice.client.firstName} ${invoice.client.lastName}`.trim();
  const canWrite = can(role, 'invoices.write');
  const figures = invoiceFigures(invoice);
  const balance = figures.balanceMinor;
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link href={base} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        {t('back')}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <span className="rounded-full bg-slate-100 px-3 py-1 text-sm font-medium">
          {t(`statuses.${invoice.displayStatus}`)}
        </span>
      </div>
      <FormAlert message={doneMessage(t, search, invoice.number)} tone="success" />
      {canWrite && (
        <div className="flex flex-wrap items-start gap-3">
          {invoice.status === 'draft' && (
            <>
              <Link
                href={`${base}/${invoice.id}/edit`}
                className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-3 font-medium"
              >
                {t('detail.edit')}
              </Link>
              <InvoiceStepButton
                label={t('detail.issue')}
                title={t('detail.issueTitle')}
                body={t('detail.issueBody', { name: clientName })}
                run={issueInvoiceAction.bind(null, business.slug, invoice.id)}
                invoicePath={`${base}/${invoice.id}`}
                done="issued"
              />
              <InvoiceStepButton
                tone="danger"
                label={t('detail.deleteDraft')}
                title={t('detail.deleteTitle')}
                body={t('detail.deleteBody')}
                run={deleteInvoiceDraftAction.bind(null, business.slug, invoice.id)}
                invoicePath={`${base}/${invoice.id}`}
                next="list"
                done="deleted"
              />
            </>
          )}
          {!credit &&
            (invoice.status === 'open' || invoice.status === 'paid') &&
            invoice.creditedMinor < invoice.totalMinor && (
              <InvoiceStepButton
                label={t('detail.creditNote')}
                title={t('detail.creditNote')}
                body={t('detail.creditBody')}
                run={startCreditNoteAction.bind(null, business.slug, invoice.id)}
                invoicePath={`${base}/${invoice.id}`}
                next="made"
                done="creditStarted"
              />
            )}
          {!credit && invoice.status === 'open' && invoice.paidMinor === 0 && invoice.creditedMinor === 0 && (
            <InvoiceStepButton
              tone="danger"
              label={t('detail.void')}
              title={t('detail.voidTitle')}
              body={t('detail.voidBody')}
              run={voidInvoiceAction.bind(null, business.slug, invoice.id)}
              invoicePath={`${base}/${invoice.id}`}
              done="voided"
            />
          )}
        </div>
      )}
      {invoice.status !== 'draft' && (
        <a
          href={`/api/admin/${business.slug}/invoices/${invoice.id}/pdf`}
          download
          className="inline-flex min-h-11 items-center self-start rounded-lg border border-slate-400 bg-white px-3 font-medium"
        >
          {t('detail.pdf')}
        </a>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Panel id="bill-to" title={t('detail.billTo')}>
          <p>
            <Link href={`/admin/${business.slug}/clients/${invoice.client.id}`} className="text-blue-800 underline">
              {clientName}
            </Link>
          </p>
          {invoice.client.billingAddress && <p className="whitespace-pre-line">{invoice.client.billingAddress}</p>}
          {invoice.client.email && <p>{invoice.client.email}</p>}
        </Panel>
        <Panel id="amounts" title={t('form.total')}>
          <dl className="grid grid-cols-2 gap-1">
            <dt>{t('detail.issuedOn')}</dt>
            <dd>{day(invoice.issuedAt)}</dd>
            <dt>{t('detail.due')}</dt>
            <dd>{invoice.dueOn ? format.dateTime(dayForFormat(invoice.dueOn), DAY) : '—'}</dd>
            <dt>{t('form.total')}</dt>
            <dd className="font-semibold">{money(invoice.totalMinor)}</dd>
            {!credit && (
              <>
                <dt>{t('detail.balance')}</dt>
                <dd className="font-semibold">{money(balance)}</dd>
              </>
            )}
          </dl>
        </Panel>
      </div>
      <InvoiceSummary figures={figures} currency={invoice.currency} />
      {invoice.related.length > 0 && (
        <Panel id="related" title={t('detail.related')}>
          <ul className="flex flex-col gap-1">
            {invoice.related.map((r) => (
              <li key={r.id}>
                <Link href={`${base}/${r.id}`} className="text-blue-800 underline">
                  {r.number
                    ? t(r.kind === 'credit_note' ? 'creditNumber' : 'invoiceNumber', { number: r.number })
                    : t(r.kind === 'credit_note' ? 'draftCredit' : 'draft')}
                </Link>{' '}
                · {money(r.totalMinor)}
              </li>
            ))}
          </ul>
        </Panel>
      )}
      {!credit && invoice.status !== 'draft' && (
        <Panel id="payments" title={t('detail.payments')}>
          {invoice.payments.length === 0 ? (
            <p className="text-slate-700">{t('detail.noPayments')}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {invoice.payments.map((p) => (
                <li key={p.id}>
                  {day(p.paidAt)} · {tm(p.method as 'card')}
                  {p.reference ? ` · ${p.reference}` : ''} · {money(p.amountMinor)}
                </li>
              ))}
            </ul>
          )}
          {canWrite && invoice.status === 'open' && balance > 0 && (
            <PaymentForm
              balance={formatMinorForInput(balance, invoice.currency, locale)}
              today={new Intl.DateTimeFormat('en-CA', { timeZone: business.timezone }).format(new Date())}
              record={recordPaymentAction.bind(null, business.slug, invoice.id)}
            />
          )}
        </Panel>
      )}
    </main>
  );
}
