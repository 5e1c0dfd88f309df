import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { listBusinessStaff } from '@/lib/staff/list-business-staff';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listSchedule } from '@/lib/appointments/list-schedule';
import { startOfZonedDay, zonedDay } from '@/lib/time/zoned-day';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.schedule'))('title') };
}

const ZQuery = z.object({
  view: z.enum(['day', 'week']).catch('day'),
  date: z.iso.date().optional().catch(undefined),
  staff: z.string().max(40).optional().catch(undefined),
});

/** A calendar day moved by whole days (noon UTC keeps clear of any DST edge). */
function addDays(day: string, days: number) {
  return new Date(new Date(`${day}T12:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The week's Monday of a calendar day. */
function monday(day: string) {
  const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The schedule: a day or a week, everyone's or one staff member's; state in the URL. */
export default async function SchedulePage({ params, searchParams }: PageProps<'/admin/[business]/schedule'>) {
  const { business } = await requireStaffPermission((await params).business, 'clients.read');
  const query = ZQuery.parse(await searchParams);
  const today = zonedDay(new Date(), business.timezone);
  const date = query.date ?? today;
  const first = query.view === 'week' ? monday(date) : date;
  const days = Array.from({ length: query.view === 'week' ? 7 : 1 }, (_, i) => addDays(first, i));
  const from = startOfZonedDay(first, business.timezone);
  const to = startOfZonedDay(addDays(days.at(-1)!, 1), business.timezone);
  const [t, format, staff, appointments] = await Promise.all([
    getTranslations('admin.schedule'),
    getFormatter(),
    listBusinessStaff(business.id),
    listSchedule({ businessId: business.id, from, to, staffMemberId: query.staff }),
  ]);
  const base = `/admin/${business.slug}/schedule`;
  const href = (change: Partial<{ view: string; date: string; staff: string }>) => {
    const next = { view: query.view, date, staff: query.staff ?? '', ...change };
    const params = new URLSearchParams();
    if (next.view !== 'day') params.set('view', next.view);
    if (next.date !== today) params.set('date', next.date);
    if (next.staff) params.set('staff', next.staff);
    const text = params.toString();
    return text ? `${base}?${text}` : base;
  };
  const step = query.view === 'week' ? 7 : 1;
  const time = (d: Date) => format.dateTime(d, { timeStyle: 'short', timeZone: business.timezone });
  const staffName = new Map(staff.map((s) => [s.id, s.displayName]));
  const byDay = new Map<string, typeof appointments>();
  for (const a of appointments) {
    const key = zonedDay(a.startsAt, business.timezone);
    byDay.set(key, [...(byDay.get(key) ?? []), a]);
  }
  const field = 'min-h-11 rounded-lg border border-slate-400 bg-white px-2';
  return (
    <main id="main" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <div className="flex flex-wrap gap-2">
          <Link
            href={`${base}/time-off`}
            className="inline-flex min-h-11 items-center rounded-lg px-4 ring-1 ring-slate-400"
          >
            {t('timeOffLink')}
          </Link>
          <Link
            href={`${base}/new?date=${date}`}
            className="inline-flex min-h-11 items-center rounded-lg bg-slate-900 px-4 font-semibold text-white"
          >
            {t('new')}
          </Link>
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <nav aria-label={t('title')} className="flex flex-wrap gap-2">
          <Link href={href({ date: addDays(date, -step) })} className={`${field} inline-flex items-center`}>
            {t('previous')}
          </Link>
          <Link href={href({ date: today })} className={`${field} inline-flex items-center`}>
            {t('todayLink')}
          </Link>
          <Link href={href({ date: addDays(date, step) })} className={`${field} inline-flex items-center`}>
            {t('next')}
          </Link>
        </nav>
        <form action={base} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="date" value={date} />
          <div className="flex flex-col gap-1">
            <label htmlFor="schedule-view" className="text-sm font-medium">
              {t('show')}
            </label>
            <select id="schedule-view" name="view" defaultValue={query.view} className={field}>
              <option value="day">{t('day')}</option>
              <option value="week">{t('week')}</option>
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="schedule-staff" className="text-sm font-medium">
              {t('staff')}
            </label>
            <select id="schedule-staff" name="staff" defaultValue={query.staff ?? ''} className={field}>
              <option value="">{t('everyone')}</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.displayName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white">
            {t('show')}
          </button>
        </form>
      </div>
      <div className={`grid gap-3 ${query.view === 'week' ? 'md:grid-cols-7' : ''}`}>
        {days.map((day) => {
          const items = byDay.get(day) ?? [];
          return (
            <section
              key={day}
              aria-labelledby={`day-${day}`}
              className="flex flex-col gap-2 rounded-2xl bg-white p-3 shadow-sm ring-1 ring-slate-200"
            >
              <h2 id={`day-${day}`} className="font-semibold">
                {format.dateTime(new Date(`${day}T12:00:00Z`), {
                  weekday: query.view === 'week' ? 'short' : 'long',
                  day: 'numeric',
                  month: 'short',
                  timeZone: 'UTC',
                })}
              </h2>
              {items.length === 0 ? (
                <p className="text-sm text-slate-600">{t('none')}</p>
              ) : (
                <ul className="flex flex-col gap-2">
                  {items.map((a) => (
                    <li key={a.id} className={a.status === 'cancelled' ? 'text-slate-500 line-through' : ''}>
                      <Link href={`${base}/${a.id}`} className="text-blue-800 underline">
                        {time(a.startsAt)} {`${a.client.firstName} ${a.client.lastName}`.trim()}
                      </Link>
                      <span className="block text-sm text-slate-600">
                        {a.service?.name ?? '—'}
                        {a.staffMemberId && !query.staff ? ` · ${staffName.get(a.staffMemberId) ?? ''}` : ''}
                        {a.status === 'cancelled' ? ` · ${t('cancelled')}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </main>
  );
}
