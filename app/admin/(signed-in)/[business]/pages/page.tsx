import type { Metadata } from 'next';
import { LinkButton, PageHeader } from '@/components/ui/page-header';
import { ListSearch } from '@/components/ui/filter-bar';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { Badge } from '@/components/ui/badge';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listBusinessPages } from '@/lib/pages/list-business-pages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.pages'))('title') };
}

/** Seed 003: the business's restricted pages and how many clients can open each today. */
export default async function PagesPage({ params, searchParams }: PageProps<'/admin/[business]/pages'>) {
  const { business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const search = await searchParams;
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
  const [t, tc, pages] = await Promise.all([
    getTranslations('admin.pages'),
    getTranslations('admin.clients'),
    listBusinessPages(business.id, q),
  ]);
  const base = `/admin/${business.slug}/pages`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <PageHeader title={t('title')} lead={t('lead')}>
        {can(role, 'pages.write') && <LinkButton href={`${base}/new`}>{t('new')}</LinkButton>}
      </PageHeader>
      <ListSearch action={base} label={t('search')} submit={tc('apply')} value={q} />
      <DataTable
        caption={t('title')}
        columns={[t('columns.title'), t('columns.address'), t('columns.current'), t('columns.listed')]}
        empty={pages.length > 0 ? null : q ? t('noMatch') : t('empty')}
      >
        {pages.map((p) => (
          <Row key={p.id}>
            <RowHeader>
              <Link href={`${base}/${p.id}`} className="text-blue-800 underline underline-offset-4">
                {p.title}
              </Link>
              {!p.published && <Badge>{t('unpublished')}</Badge>}
            </RowHeader>
            <Cell>
              <code>
                /p/{business.slug}/pages/{p.slug}
              </code>
            </Cell>
            <Cell>{p.current}</Cell>
            <Cell>{p.listed}</Cell>
          </Row>
        ))}
      </DataTable>
    </main>
  );
}
