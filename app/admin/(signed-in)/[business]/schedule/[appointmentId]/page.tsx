import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AppointmentForm, CancelAppointmentForm } from '@/components/admin/schedule/appointment-form';
import { FormAlert } from '@/components/ui/form-alert';
import { bookAppointmentAction, cancelAppointmentByStaffAction } from '@/lib/actions/admin-schedule';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { getBusinessAppointment } from '@/lib/appointments/list-schedule';
import { zonedDay } from '@/lib/time/zoned-day';
import { appointmentFormOptions } from '../schedule-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.schedule'))('detail.title') };
}

const section = 'flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200';

/** One appointment: when, who, with whom; move it or cancel it with a reason. */
export default async function AppointmentPage({
  params,
  searchParams,
}: PageProps<'/admin/[business]/schedule/[appointmentId]'>) {
  const { business: slug, appointmentId } = await params;
  const { business, role } = await requireStaffPermission(slug, 'clients.read');
  const appointment = await getBusinessAppointment(business.id, appointmentId);
  if (!appointment) notFound();
  const [t, tStatus, format, search] = await Promise.all([
    getTranslations('admin.schedule'),
    getTranslations('admin.client'),
    getFormatter(),
    searchParams,
  ]);
  const base = `/admin/${business.slug}/schedule`;
  const clientName = `${appointment.client.firstName} ${appointment.client.lastName}`.trim();
  const editable =
    appointment.status === 'booked' && appointment.startsAt > new Date() && can(role, 'appointments.write');
  const done = search.done === 'booked' || search.done === 'moved' ? t(`detail.${search.done}`) : null;
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link
        href={`${base}?date=${zonedDay(appointment.startsAt, business.timezone)}`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('detail.title')}</h1>
      <FormAlert message={done} tone="success" />
      <section aria-labelledby="when" className={section}>
        <h2 id="when" className="text-lg font-semibold">
          {format.dateTime(appointment.startsAt, {
            dateStyle: 'full',
            timeStyle: 'short',
            timeZone: business.timezone,
          })}
        </h2>
        <p>
          <Link href={`/admin/${business.slug}/clients/${appointment.client.id}`} className="text-blue-800 underline">
            {clientName}
          </Link>
          {appointment.service && ` · ${appointment.service.name}`}
          {appointment.staffMember && ` · ${appointment.staffMember.displayName}`}
        </p>
        <p>{tStatus(`appointmentStatus.${appointment.status as 'booked'}`)}</p>
        {appointment.status === 'cancelled' && (
          <p>
            {t('detail.cancelledBy', {
              // the whole phrase per case: Italian contracts "da il" into "dal"
              who: appointment.cancelledBy === 'client' ? 'client' : 'staff',
              reason: appointment.cancellationReason ?? '—',
            })}
          </p>
        )}
        {appointment.notes && <p className="whitespace-pre-line text-slate-700">{appointment.notes}</p>}
      </section>
      {editable && (
        <>
          <Panel id="move" title={t('detail.reschedule')}>
            <AppointmentForm
              initial={{
                clientId: appointment.client.id,
                serviceId: appointment.serviceId ?? '',
                staffMemberId: appointment.staffMemberId ?? '',
                date: zonedDay(appointment.startsAt, business.timezone),
                time: new Intl.DateTimeFormat('en-GB', {
                  hour: '2-digit',
                  minute: '2-digit',
                  hourCycle: 'h23',
                  timeZone: business.timezone,
                }).format(appointment.startsAt),
                notes: appointment.notes ?? '',
              }}
              clientName={clientName}
              {...await appointmentFormOptions(business.id)}
              save={bookAppointmentAction.bind(null, business.slug, appointment.id)}
              donePath={base}
              moving
            />
          </Panel>
          <section className={section}>
            <CancelAppointmentForm cancel={cancelAppointmentByStaffAction.bind(null, business.slug, appointment.id)} />
          </section>
        </>
      )}
    </main>
  );
}
