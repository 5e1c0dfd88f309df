import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/data-table';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Money } from '@/components/portal/money';
import { Pagination } from '@/components/ui/pagination';
import { listPayments } from '@/lib/invoices/list-client-payments';
import { ZPage } from '@/lib/format/pagination';
import { portalContext } from '@/lib/auth/guards/portal-context';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('payments'))('title') };
}

export default async function PaymentsPage({ params, searchParams }: PageProps<'/p/[portal]/payments'>) {
  const { business, client } = await portalContext(params);
  const page = ZPage.parse((await searchParams).page);
  const [t, ti, format, list] = await Promise.all([
    getTranslations('payments'),
    getTranslations('invoices'),
    getFormatter(),
    listPayments({ businessId: business.id, clientId: client.id, page }),
  ]);
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {list.items.length === 0 ? (
        <EmptyState>{t('empty', { business: business.name })}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {list.items.map((p) => (
            <li key={p.id} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <dl className="grid grid-cols-2 gap-2 text-sm">
                <div>
                  <dt className="text-slate-600">{t('date')}</dt>
                  <dd>{format.dateTime(p.paidAt, { dateStyle: 'medium', timeZone: business.timezone })}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t('amount')}</dt>
                  <dd className="text-base font-semibold">
                    <Money minor={p.amountMinor} currency={p.currency} />
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t('method')}</dt>
                  <dd>{t(`methods.${p.method as 'card'}`)}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t('reference')}</dt>
                  <dd>{p.reference ?? '—'}</dd>
                </div>
                {p.invoice && (
                  <div className="col-span-2">
                    <dt className="text-slate-600">{t('invoice')}</dt>
                    <dd>
                      <Link
                        className="inline-flex min-h-11 items-center text-blue-800 underline"
                        href={`/p/${business.slug}/invoices/${p.invoice.id}`}
                      >
                        {ti('number', { number: p.invoice.number ?? '' })}
                      </Link>
                    </dd>
                  </div>
                )}
              </dl>
              <a
                href={`/api/portal/${business.slug}/payments/${p.id}/receipt`}
                download
                className="mt-2 inline-flex min-h-11 items-center rounded-lg border border-slate-400 px-3 text-sm font-medium"
              >
                {t('receipt')}
              </a>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={list.pages} href={(n) => `/p/${business.slug}/payments?page=${n}`} />
    </main>
  );
}
