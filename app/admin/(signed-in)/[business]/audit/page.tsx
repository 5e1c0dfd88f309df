import type { Metadata } from 'next';
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

const field = 'min-h-11 rounded-lg border border-slate-400 bg-white px-2';

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
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <form action={base} className="flex flex-wrap items-end gap-3">
        {query.client && <input type="hidden" name="client" value={query.client} />}
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-staff" className="text-sm font-medium">
            {t('staff')}
          </label>
          <select id="audit-staff" name="staff" defaultValue={query.staff ?? ''} className={field}>
            <option value="">{t('anyone')}</option>
            {staff.map((s) => (
              <option key={s.identityId} value={s.identityId}>
                {s.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-kind" className="text-sm font-medium">
            {t('kind')}
          </label>
          <select id="audit-kind" name="kind" defaultValue={query.kind ?? ''} className={field}>
            <option value="">{t('anyKind')}</option>
            {AUDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-from" className="text-sm font-medium">
            {t('from')}
          </label>
          <input id="audit-from" type="date" name="from" defaultValue={query.from} className={field} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-to" className="text-sm font-medium">
            {t('to')}
          </label>
          <input id="audit-to" type="date" name="to" defaultValue={query.to} className={field} />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white">
          {t('apply')}
        </button>
        {query.client && (
          <Link
            href={`${base}${search({ ...query, client: undefined }, 1)}`}
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            {t('allClients')}
          </Link>
        )}
      </form>
      <p role="status" className="text-sm text-slate-700">
        {t('count', { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('when')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('what')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('who')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('whom')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('where')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((e) => (
                <tr key={e.id} className="border-t border-slate-100">
                  <td className="px-4 py-2 whitespace-nowrap">
                    {format.dateTime(e.createdAt, {
                      dateStyle: 'medium',
                      timeStyle: 'medium',
                      timeZone: business.timezone,
                    })}
                  </td>
                  <td className="px-4 py-2">
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
                  </td>
                  <td className="px-4 py-2">{e.who ?? t(`actor.${e.actorType as 'system'}`)}</td>
                  <td className="px-4 py-2">
                    {e.whom && e.targetId ? (
                      <Link href={`/admin/${business.slug}/clients/${e.targetId}`} className="text-blue-800 underline">
                        {e.whom}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="px-4 py-2">{e.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.page} pages={list.pages} href={(page) => `${base}${search(query, page)}`} />
    </main>
  );
}
