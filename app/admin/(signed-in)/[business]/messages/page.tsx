import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/ui/pagination';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { FilterBar, FilterInput, FilterSelect } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import {
  DELIVERY_STATUSES,
  listDeliveryLog,
  ZDeliveryQuery,
  type TDeliveryQuery,
} from '@/lib/messaging/list-delivery-log';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.messages'))('title') };
}

function search(query: TDeliveryQuery, page: number) {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.to) params.set('to', query.to);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Every email, SMS and push notification of the business: queued, sent or failed, with its attempts and the last error. */
export default async function MessagesPage({ params, searchParams }: PageProps<'/admin/[business]/messages'>) {
  const { business } = await requireStaffPermission((await params).business, 'settings.write');
  const query = ZDeliveryQuery.parse(await searchParams);
  const [t, format, list] = await Promise.all([
    getTranslations('admin.messages'),
    getFormatter(),
    listDeliveryLog(business.id, query),
  ]);
  const base = `/admin/${business.slug}/messages`;
  const when = (d: Date) =>
    format.dateTime(d, { dateStyle: 'medium', timeStyle: 'medium', timeZone: business.timezone });
  return (
    <main id="main" className="flex flex-col gap-4">
      <PageHeader title={t('title')} lead={t('lead')} />
      <FilterBar action={base} submitLabel={t('apply')}>
        <FilterSelect
          id="messages-status"
          name="status"
          label={t('status')}
          defaultValue={query.status}
          anyLabel={t('anyStatus')}
          options={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <FilterInput id="messages-to" name="to" label={t('to')} defaultValue={query.to} />
      </FilterBar>
      <DataTable
        caption={t('title')}
        columns={(['when', 'what', 'to', 'status', 'attempts'] as const).map((c) => t(`columns.${c}`))}
        count={t('count', { count: list.total })}
        empty={list.rows.length > 0 ? null : t('empty')}
      >
        {list.rows.map((m) => {
          const status = (m.status === 'sending' ? 'queued' : m.status) as (typeof DELIVERY_STATUSES)[number];
          return (
            <Row key={m.id} top>
              <Cell nowrap>{when(m.createdAt)}</Cell>
              <Cell>
                {t(`channels.${m.channel as 'email'}`)} · <code>{m.kind}</code>
              </Cell>
              {/* a push goes to a browser: its subscription's id, not an address */}
              <Cell>{m.channel === 'push' ? t('pushTo', { id: m.to.slice(-6) }) : m.to}</Cell>
              <Cell>
                <span className={status === 'failed' ? 'font-semibold text-red-800' : ''}>
                  {t(`statuses.${status}`)}
                </span>
                {m.sentAt && <span className="block text-slate-600">{when(m.sentAt)}</span>}
                {status === 'queued' && m.nextAttemptAt && (
                  <span className="block text-slate-600">{t('nextAttempt', { when: when(m.nextAttemptAt) })}</span>
                )}
                {m.error && status !== 'sent' && <span className="block text-slate-600">{m.error}</span>}
              </Cell>
              <Cell>{m.attempts}</Cell>
            </Row>
          );
        })}
      </DataTable>
      <Pagination page={query.page} pages={list.pages} href={(page) => `${base}${search(query, page)}`} />
    </main>
  );
}
