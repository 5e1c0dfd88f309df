import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { FilterBar, FilterInput, FilterSelect } from '@/components/ui/filter-bar';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/ui/pagination';
import { listBusinessStaff } from '@/lib/staff/list-business-staff';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { AUDIT_KINDS, listAuditEvents, ZAuditQuery, type TAuditQuery } from '@/lib/audit/list-audit-events';
import { SETTING_LABELS, settingsChanges } from '@/lib/audit/settings-changes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.audit'))('title') };
}

function search(query: TAuditQuery, page: number) {
  const params = new URLSearchParams();
  for (const key of ['client', 'staff', 'kind', 'from', 'to'] as const) if (query[key]) params.set(key, query[key]);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Every sensitive action: who, to whom, when and from where; filtered and paged in the URL. */
export default async function AuditPage({ params, searchParams }: PageProps<'/admin/[business]/audit'>) {
  const { business } = await requireStaffPermission((await params).business, 'audit.read');
  const query = ZAuditQuery.parse(await searchParams);
  const [t, ts, format, list, staff] = await Promise.all([
    getTranslations('admin.audit'),
    getTranslations('admin.settings'),
    getFormatter(),
    listAuditEvents(business.id, query),
    listBusinessStaff(business.id),
  ]);
  const base = `/admin/${business.slug}/audit`;
  const settingLabel = (field: string) => {
    const key = (SETTING_LABELS[field] ?? field) as 'title';
    return ts.has(key) && typeof ts.raw(key) === 'string' ? ts(key) : field;
  };
  const shown = (field: string, value: string | number | boolean | null) => {
    if (value === null || value === '') return t('empty');
    if (typeof value === 'boolean') return t(value ? 'on' : 'off');
    if (field === 'defaultTaxRateBp')
      return format.number(Number(value) / 10_000, { style: 'percent', maximumFractionDigits: 2 });
    return String(value);
  };
  return (
    <main id="main" className="flex flex-col gap-4">
      <PageHeader title={t('title')} />
      <FilterBar
        action={base}
        submitLabel={t('apply')}
        after={
          query.client && (
            <Link
              href={`${base}${search({ ...query, client: undefined }, 1)}`}
              className="inline-flex min-h-11 items-center text-blue-800 underline"
            >
              {t('allClients')}
            </Link>
          )
        }
      >
        {query.client && <input type="hidden" name="client" value={query.client} />}
        <FilterSelect
          id="audit-staff"
          name="staff"
          label={t('staff')}
          defaultValue={query.staff}
          anyLabel={t('anyone')}
          options={staff.map((s) => ({ value: s.identityId, label: s.displayName }))}
        />
        <FilterSelect
          id="audit-kind"
          name="kind"
          label={t('kind')}
          defaultValue={query.kind}
          anyLabel={t('anyKind')}
          options={AUDIT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <FilterInput id="audit-from" type="date" name="from" label={t('from')} defaultValue={query.from} />
        <FilterInput id="audit-to" type="date" name="to" label={t('to')} defaultValue={query.to} />
      </FilterBar>
      <DataTable
        caption={t('title')}
        columns={[t('when'), t('what'), t('who'), t('whom'), t('where')]}
        count={t('count', { count: list.total })}
        empty={list.rows.length > 0 ? null : t('empty')}
      >
        {list.rows.map((e) => (
          <Row key={e.id} top>
            <Cell nowrap>
              {format.dateTime(e.createdAt, {
                dateStyle: 'medium',
                timeStyle: 'medium',
                timeZone: business.timezone,
              })}
            </Cell>
            <Cell>
              {t.has(`actions.${e.action}` as 'actions.client.viewed_as')
                ? t(`actions.${e.action}` as 'actions.client.viewed_as')
                : e.action}
              {e.action === 'business.settings_changed' && (
                <ul aria-label={t('changes')} className="mt-1 text-slate-700">
                  {settingsChanges(e.meta).map((c) => (
                    <li key={c.field}>
                      {t('change', {
                        field: settingLabel(c.field),
                        from: shown(c.field, c.from),
                        to: shown(c.field, c.to),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </Cell>
            <Cell>{e.who ?? t(`actor.${e.actorType as 'system'}`)}</Cell>
            <Cell>
              {e.whom && e.targetId ? (
                <Link href={`/admin/${business.slug}/clients/${e.targetId}`} className="text-blue-800 underline">
                  {e.whom}
                </Link>
              ) : (
                '—'
              )}
            </Cell>
            <Cell>{e.ip ?? '—'}</Cell>
          </Row>
        ))}
      </DataTable>
      <Pagination page={query.page} pages={list.pages} href={(page) => `${base}${search(query, page)}`} />
    </main>
  );
}
