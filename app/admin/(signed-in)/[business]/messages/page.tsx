import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/ui/pagination';
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

const field = 'min-h-11 rounded-lg border border-slate-400 bg-white px-2';

function search(query: TDeliveryQuery, page: number) {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.to) params.set('to', query.to);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Every email and SMS of the business: queued, sent or failed, with its attempts and the last error. */
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
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('lead')}</p>
      </div>
      <form action={base} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="messages-status" className="text-sm font-medium">
            {t('status')}
          </label>
          <select id="messages-status" name="status" defaultValue={query.status ?? ''} className={field}>
            <option value="">{t('anyStatus')}</option>
            {DELIVERY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="messages-to" className="text-sm font-medium">
            {t('to')}
          </label>
          <input id="messages-to" name="to" defaultValue={query.to} className={field} />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white">
          {t('apply')}
        </button>
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
                {(['when', 'what', 'to', 'status', 'attempts'] as const).map((c) => (
                  <th key={c} scope="col" className="px-4 py-3 font-medium">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((m) => {
                const status = (m.status === 'sending' ? 'queued' : m.status) as (typeof DELIVERY_STATUSES)[number];
                return (
                  <tr key={m.id} className="border-t border-slate-100 align-top">
                    <td className="px-4 py-2 whitespace-nowrap">{when(m.createdAt)}</td>
                    <td className="px-4 py-2">
                      {t(`channels.${m.channel as 'email'}`)} · <code>{m.kind}</code>
                    </td>
                    <td className="px-4 py-2">{m.to}</td>
                    <td className="px-4 py-2">
                      <span className={status === 'failed' ? 'font-semibold text-red-800' : ''}>
                        {t(`statuses.${status}`)}
                      </span>
                      {m.sentAt && <span className="block text-slate-600">{when(m.sentAt)}</span>}
                      {status === 'queued' && m.nextAttemptAt && (
                        <span className="block text-slate-600">
                          {t('nextAttempt', { when: when(m.nextAttemptAt) })}
                        </span>
                      )}
                      {m.error && status !== 'sent' && <span className="block text-slate-600">{m.error}</span>}
                    </td>
                    <td className="px-4 py-2">{m.attempts}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.page} pages={list.pages} href={(page) => `${base}${search(query, page)}`} />
    </main>
  );
}
