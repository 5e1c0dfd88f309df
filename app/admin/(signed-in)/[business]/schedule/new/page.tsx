import type { Metadata } from 'next';
import { SubPage } from '@/components/ui/page-header';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AppointmentForm } from '@/components/admin/schedule/appointment-form';
import { bookAppointmentAction } from '@/lib/actions/admin-schedule';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { findActiveClient, searchActiveClients } from '@/lib/clients/pick-client';
import { appointmentFormOptions } from '../schedule-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.schedule'))('new') };
}

const field = 'min-h-11 rounded-lg border border-slate-400 bg-white px-2';

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
      <form action={`${base}/new`} role="search" className="flex flex-wrap items-end gap-3">
        {date && <input type="hidden" name="date" value={date} />}
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="appointment-client-search" className="font-medium">
            {t('pickClient')}
          </label>
          <input id="appointment-client-search" type="search" name="q" defaultValue={q} className={field} />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white">
          {t('show')}
        </button>
      </form>
      {q && (
        <ul className="flex flex-col gap-2">
          {matches.map((c) => (
            <li key={c.id}>
              <Link
                href={`${base}/new?client=${c.id}${date ? `&date=${date}` : ''}`}
                className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3"
              >
                {t('pick', { name: c.name })}
                {c.email && <span className="ml-2 text-sm text-slate-600">{c.email}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </SubPage>
  );
}
