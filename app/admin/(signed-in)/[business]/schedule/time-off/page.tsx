import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { RemoveTimeOffButton, TimeOffForm } from '@/components/admin/schedule/time-off-form';
import { addTimeOffAction, removeTimeOffAction } from '@/lib/actions/admin-schedule';
import { listBusinessStaff } from '@/lib/staff/list-business-staff';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listTimeOff } from '@/lib/booking/time-off';
import { wholeDays, zonedDay } from '@/lib/time/zoned-day';
import { DAY, dayForFormat } from '@/lib/time/calendar-day';
import { Panel } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.timeOff'))('title') };
}

/** Holidays, sick days and closures: online booking offers none of these times. */
export default async function TimeOffPage({ params }: PageProps<'/admin/[business]/schedule/time-off'>) {
  const { business } = await requireStaffPermission((await params).business, 'appointments.write');
  const [t, format, staff, entries] = await Promise.all([
    getTranslations('admin.timeOff'),
    getFormatter(),
    listBusinessStaff(business.id),
    listTimeOff(business.id),
  ]);
  const when = (d: Date) =>
    format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: business.timezone });
  const today = zonedDay(new Date(), business.timezone);
  // whole days read as their first and last day (not "00:00 on the day after")
  const period = (start: Date, end: Date) => {
    const days = wholeDays(start, end, business.timezone);
    if (!days) return `${when(start)} – ${when(end)}`;
    const day = (d: string) => format.dateTime(dayForFormat(d), DAY);
    return days.first === days.last ? day(days.first) : `${day(days.first)} – ${day(days.last)}`;
  };
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link
        href={`/admin/${business.slug}/schedule`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-700">{t('lead')}</p>
      <Panel id="time-off-list" title={t('upcoming')}>
        {entries.length === 0 ? (
          <p className="mt-2 text-slate-700">{t('none')}</p>
        ) : (
          <ul className="mt-2 flex flex-col divide-y divide-slate-100">
            {entries.map((e) => {
              const who = e.staffMember?.displayName ?? t('wholeBusiness');
              return (
                <li key={e.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                  <span>
                    <span className="font-medium">{who}</span> · {period(e.startsAt, e.endsAt)}
                    {e.note ? ` · ${e.note}` : ''}
                  </span>
                  <RemoveTimeOffButton
                    remove={removeTimeOffAction.bind(null, business.slug, e.id)}
                    label={t('remove', { who })}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </Panel>
      <Panel id="time-off-new" title={t('add')}>
        <TimeOffForm
          add={addTimeOffAction.bind(null, business.slug)}
          staff={staff.map((s) => ({ id: s.id, name: s.displayName }))}
          today={today}
        />
      </Panel>
    </main>
  );
}
