import { getFormatter, getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { serviceName } from '@/lib/services/service-name';
import type { TAppointment } from '@/lib/appointments/list-client-appointments';

/** One appointment: service, staff, time in the business's timezone and the reader's locale, status. */
export async function AppointmentCard({
  appointment,
  timeZone,
  children,
}: {
  appointment: TAppointment;
  timeZone: string;
  children?: React.ReactNode;
}) {
  const [t, td, format, locale] = await Promise.all([
    getTranslations('schedule'),
    getTranslations('dashboard'),
    getFormatter(),
    getMessageLocale(),
  ]);
  const when = format.dateTimeRange(appointment.startsAt, appointment.endsAt, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  });
  return (
    <article className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex items-start justify-between gap-3">
        <h3 className="font-semibold">{serviceName(appointment.service, locale) ?? '—'}</h3>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
          {t(`status.${appointment.status as 'booked'}`)}
        </span>
      </div>
      <p>
        <time dateTime={appointment.startsAt.toISOString()}>{when}</time>
      </p>
      {appointment.staffMember && (
        <p className="text-sm text-slate-700">{td('with', { name: appointment.staffMember.displayName })}</p>
      )}
      {children}
    </article>
  );
}
