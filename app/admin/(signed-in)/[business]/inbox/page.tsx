import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { FilterBar, FilterSearch, FilterSelect } from '@/components/ui/filter-bar';
import { LinkButton, PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/guards/permissions';
import { Pagination } from '@/components/ui/pagination';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { INBOX_FILTERS, listInbox, ZInboxQuery, type TInboxQuery } from '@/lib/conversations/list-inbox';
import { listBusinessStaff } from '@/lib/staff/list-business-staff';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.inbox'))('title') };
}

function search(query: TInboxQuery, page: number) {
  const params = new URLSearchParams({ show: query.show, ...(query.q ? { q: query.q } : {}) });
  if (page > 1) params.set('page', String(page));
  return `?${params}`;
}

/** The business's conversations with its clients, the newest message first, with what staff have not read. */
export default async function InboxPage({ params, searchParams }: PageProps<'/admin/[business]/inbox'>) {
  const { staff, business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const query = ZInboxQuery.parse(await searchParams);
  const [t, format, list, members] = await Promise.all([
    getTranslations('admin.inbox'),
    getFormatter(),
    listInbox(business.id, query, staff.id),
    listBusinessStaff(business.id),
  ]);
  const names = new Map(members.map((m) => [m.identityId, m.displayName]));
  const base = `/admin/${business.slug}/inbox`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <PageHeader title={t('title')} lead={t('lead')}>
        {can(role, 'settings.write') && <LinkButton href={`${base}/replies`}>{t('replies.link')}</LinkButton>}
      </PageHeader>
      <FilterBar action={base} submitLabel={t('apply')}>
        <FilterSelect
          id="inbox-show"
          name="show"
          label={t('show')}
          defaultValue={query.show}
          options={INBOX_FILTERS.map((s) => ({ value: s, label: t(`shows.${s}`) }))}
        />
        <FilterSearch id="inbox-search" name="q" label={t('search')} defaultValue={query.q} />
      </FilterBar>
      <DataTable
        caption={t('title')}
        columns={(['client', 'last', 'status', 'assignee', 'unread'] as const).map((c) => t(`columns.${c}`))}
        count={t('count', { count: list.total })}
        empty={list.rows.length > 0 ? null : t('empty')}
      >
        {list.rows.map((row) => {
          const name = `${row.client.firstName} ${row.client.lastName}`.trim();
          return (
            <Row key={row.id}>
              <RowHeader>
                <Link href={`${base}/${row.client.id}`} className="text-blue-800 underline">
                  {name}
                </Link>
              </RowHeader>
              <Cell nowrap>
                {format.dateTime(row.lastMessageAt, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                  timeZone: business.timezone,
                })}
              </Cell>
              <Cell>{t(`statuses.${row.status === 'closed' ? 'closed' : 'open'}`)}</Cell>
              <Cell>{(row.assignedToId && names.get(row.assignedToId)) ?? t('nobody')}</Cell>
              <Cell>
                {row.staffUnread > 0 && <Badge tone="warning">{t('navUnread', { count: row.staffUnread })}</Badge>}
              </Cell>
            </Row>
          );
        })}
      </DataTable>
      <Pagination page={query.page} pages={list.pages} href={(page) => `${base}${search(query, page)}`} />
    </main>
  );
}
