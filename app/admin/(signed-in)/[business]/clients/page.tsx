import type { Metadata } from 'next';
import { LinkButton, PageHeader } from '@/components/ui/page-header';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { Badge } from '@/components/ui/badge';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClientListFilters } from '@/components/admin/client-list-filters';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listClients } from '@/lib/clients/list-clients';
import { clientListSearch, ZClientListQuery } from '@/lib/clients/schemas';
import { formatPhone } from '@/lib/format/phone';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.clients'))('title') };
}

export default async function ClientsPage({ params, searchParams }: PageProps<'/admin/[business]/clients'>) {
  const { business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const query = ZClientListQuery.parse(await searchParams);
  const [t, ti, format, list] = await Promise.all([
    getTranslations('admin.clients'),
    getTranslations('admin.import'),
    getFormatter(),
    listClients(business, query),
  ]);
  const base = `/admin/${business.slug}/clients`;
  const filtered = query.q || query.source || query.neverSignedIn || query.twoStep || query.status !== 'active';
  return (
    <main id="main" className="flex flex-col gap-4">
      <PageHeader title={t('title')}>
        <div className="flex flex-wrap gap-2">
          {can(role, 'clients.export') && (
            <LinkButton
              look="secondary"
              download
              href={`/api/admin/${business.slug}/clients/export${clientListSearch({ ...query, page: 1 })}`}
            >
              {t('exportLink')}
            </LinkButton>
          )}
          {can(role, 'clients.import') && (
            <LinkButton look="secondary" href={`${base}/import`}>
              {ti('nav')}
            </LinkButton>
          )}
          <LinkButton href={`${base}/new`}>{t('add')}</LinkButton>
        </div>
      </PageHeader>
      <ClientListFilters query={query} action={base} />
      <DataTable
        caption={t('title')}
        columns={[t('columns.name'), t('columns.contact'), t('columns.source'), t('columns.lastSignIn')]}
        count={t('count', { count: list.total })}
        empty={list.rows.length > 0 ? null : filtered ? t('noMatch') : t('empty')}
      >
        {list.rows.map((c) => (
          <Row key={c.id}>
            <RowHeader>
              <Link href={`${base}/${c.id}`} className="text-blue-800 underline underline-offset-4">
                {`${c.firstName} ${c.lastName}`.trim()}
              </Link>
              {c.status === 'archived' && <Badge>{t('archived')}</Badge>}
              {c.identity?.totpEnabledAt && <Badge tone="success">{t('twoStepOn')}</Badge>}
            </RowHeader>
            <Cell>
              <span className="block">{c.email ?? '—'}</span>
              <span className="block text-slate-600">{c.phone ? formatPhone(c.phone, business.country) : ''}</span>
            </Cell>
            <Cell>{t(`sources.${c.source as 'manual'}`)}</Cell>
            <Cell>
              {c.lastSignInAt
                ? format.dateTime(c.lastSignInAt, { dateStyle: 'medium', timeZone: business.timezone })
                : t('neverSignedIn')}
            </Cell>
          </Row>
        ))}
      </DataTable>
      <Pagination page={query.page} pages={list.pages} href={(page) => `${base}${clientListSearch(query, { page })}`} />
    </main>
  );
}
