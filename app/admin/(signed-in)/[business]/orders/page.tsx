import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/data-table';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ConfirmOrderForm } from '@/components/admin/products/confirm-order-form';
import { Money } from '@/components/portal/money';
import { confirmOrderAction } from '@/lib/actions/admin-products';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listOrders } from '@/lib/payments/list-orders';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.orders'))('title') };
}

/** Payments started on the portal: bank transfers waiting for staff, then everything paid. */
export default async function OrdersPage({ params }: PageProps<'/admin/[business]/orders'>) {
  const { business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const [t, format, orders] = await Promise.all([
    getTranslations('admin.orders'),
    getFormatter(),
    listOrders(business.id),
  ]);
  const when = (d: Date) =>
    format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: business.timezone });
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-700">{t('lead')}</p>
      {orders.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {orders.map((o) => (
            <li key={o.id} className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-semibold">
                  {o.product?.name ?? t('invoicePayment')} · <Money minor={o.amountMinor} currency={o.currency} />
                </span>
                <span className="text-sm">
                  {t(`status.${o.status as 'paid'}`)} · {t(`provider.${o.provider as 'manual'}`)}
                </span>
              </div>
              <p className="text-sm text-slate-700">
                {`${o.firstName} ${o.lastName}`.trim()} · {o.email} · {when(o.createdAt)} ·{' '}
                <span className="font-mono">ORD-{o.id.slice(-8).toUpperCase()}</span>
              </p>
              {o.clientId && (
                <Link
                  href={`/admin/${business.slug}/clients/${o.clientId}`}
                  className="self-start text-blue-800 underline"
                >
                  {t('openCard')}
                </Link>
              )}
              {o.status === 'pending' && o.provider === 'manual' && can(role, 'invoices.write') && (
                <ConfirmOrderForm
                  confirm={confirmOrderAction.bind(null, business.slug, o.id)}
                  label={t('confirmFor', { reference: `ORD-${o.id.slice(-8).toUpperCase()}` })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
