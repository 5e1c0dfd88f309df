import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { listBusinessStaff } from '@/lib/staff/list-business-staff';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listSchedule } from '@/lib/appointments/list-schedule';
import { startOfZonedDay, zonedDay } from '@/lib/time/zoned-day';
import { FilterBar, FilterSelect } from '@/components/ui/filter-bar';
import { LinkButton, PageHeader } from '@/components/ui/page-header';

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
  return (
    <main id="main" className="flex flex-col gap-4">
      <PageHeader title={t('title')}>
        <div className="flex flex-wrap gap-2">
          <LinkButton href={`${base}/time-off`} look="secondary">
            {t('timeOffLink')}
          </LinkButton>
          <LinkButton href={`${base}/new?date=${date}`}>{t('new')}</LinkButton>
        </div>
      </PageHeader>
      <div className="flex flex-wrap items-end gap-3">
        <nav aria-label={t('title')} className="flex flex-wrap gap-2">
          <LinkButton href={href({ date: addDays(date, -step) })} look="secondary">
            {t('previous')}
          </LinkButton>
          <LinkButton href={href({ date: today })} look="secondary">
            {t('todayLink')}
          </LinkButton>
          <LinkButton href={href({ date: addDays(date, step) })} look="secondary">
            {t('next')}
          </LinkButton>
        </nav>
        <FilterBar action={base} submitLabel={t('show')}>
          <input type="hidden" name="date" value={date} />
          <FilterSelect
            id="schedule-view"
            name="view"
            label={t('show')}
            defaultValue={query.view}
            options={[
              { value: 'day', label: t('day') },
              { value: 'week', label: t('week') },
            ]}
          />
          <FilterSelect
            id="schedule-staff"
            name="staff"
            label={t('staff')}
            defaultValue={query.staff ?? ''}
            anyLabel={t('everyone')}
            options={staff.map((s) => ({ value: s.id, label: s.displayName }))}
          />
        </FilterBar>
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
