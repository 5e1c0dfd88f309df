import type { Metadata } from 'next';
import { ClientPicker } from '@/components/admin/client-picker';
import { SubPage } from '@/components/ui/page-header';
import { getTranslations } from 'next-intl/server';
import { AppointmentForm } from '@/components/admin/schedule/appointment-form';
import { bookAppointmentAction } from '@/lib/actions/admin-schedule';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { findActiveClient, searchActiveClients } from '@/lib/clients/pick-client';
import { appointmentFormOptions } from '../schedule-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.schedule'))('new') };
}

/** A new appointment: first the client (a search), then service, staff member, day and time. */
export default async function NewAppointmentPage({
  params,
  searchParams,
}: PageProps<'/admin/[business]/schedule/new'>) {
  const { business } = await requireStaffPermission((await params).business, 'appointments.write');
  const search = await searchParams;
  const one = (v: unknown) => (typeof v === 'string' ? v.slice(0, 100) : '');
  const [clientId, q, date] = [one(search.client), one(search.q), one(search.date)];
  const t = await getTranslations('admin.schedule');
  const base = `/admin/${business.slug}/schedule`;
  const client = clientId ? await findActiveClient(business.id, clientId) : null;
  if (client) {
    const options = await appointmentFormOptions(business.id);
    return (
      <SubPage back={base} backLabel={t('back')} title={t('new')}>
        <AppointmentForm
          initial={{ clientId: client.id, serviceId: '', staffMemberId: '', date, time: '', notes: '' }}
          clientName={client.name}
          {...options}
          save={bookAppointmentAction.bind(null, business.slug, null)}
          donePath={base}
          moving={false}
        />
      </SubPage>
    );
  }
  const matches = q ? await searchActiveClients(business, q) : [];
  return (
    <SubPage back={base} backLabel={t('back')} title={t('new')} wide="max-w-2xl">
      <ClientPicker
        action={`${base}/new`}
        id="appointment-client-search"
        label={t('pickClient')}
        submitLabel={t('show')}
        q={q}
        keep={{ date }}
        matches={matches}
        href={(c) => `${base}/new?client=${c.id}${date ? `&date=${date}` : ''}`}
        pick={(name) => t('pick', { name })}
      />
    </SubPage>
  );
}
