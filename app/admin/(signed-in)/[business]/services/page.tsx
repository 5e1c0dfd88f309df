import type { Metadata } from 'next';
import { LinkButton, PageHeader } from '@/components/ui/page-header';
import { ListSearch } from '@/components/ui/filter-bar';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { Badge } from '@/components/ui/badge';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Money } from '@/components/portal/money';
import { FormAlert } from '@/components/ui/form-alert';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listServices } from '@/lib/services/save-service';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.services'))('title') };
}

export default async function ServicesPage({ params, searchParams }: PageProps<'/admin/[business]/services'>) {
  const { business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const search = await searchParams;
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
  const [t, tc, services] = await Promise.all([
    getTranslations('admin.services'),
    getTranslations('admin.clients'),
    listServices(business.id, q),
  ]);
  const base = `/admin/${business.slug}/services`;
  const canWrite = can(role, 'settings.write');
  return (
    <main id="main" className="flex flex-col gap-4">
      <PageHeader title={t('title')}>{canWrite && <LinkButton href={`${base}/new`}>{t('new')}</LinkButton>}</PageHeader>
      <FormAlert message={search.saved === '1' ? t('saved') : null} tone="success" />
      <ListSearch action={base} label={t('search')} submit={tc('apply')} value={q} />
      <DataTable
        caption={t('title')}
        columns={(['name', 'duration', 'price', 'staff'] as const).map((c) => t(`columns.${c}`))}
        empty={services.length > 0 ? null : q ? t('noMatch') : t('empty')}
      >
        {services.map((s) => (
          <Row key={s.id}>
            <RowHeader>
              {canWrite ? (
                <Link href={`${base}/${s.id}`} className="text-blue-800 underline underline-offset-4">
                  {s.name}
                </Link>
              ) : (
                s.name
              )}
              {!s.active && <Badge>{t('inactive')}</Badge>}
            </RowHeader>
            <Cell>{t('minutes', { count: s.durationMinutes })}</Cell>
            <Cell>
              <Money minor={s.priceMinor} currency={business.currency} />
            </Cell>
            <Cell>{s.staff.length ? s.staff.map((m) => m.staffMember.displayName).join(', ') : t('anyone')}</Cell>
          </Row>
        ))}
      </DataTable>
    </main>
  );
}
