import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AppointmentCard } from '@/components/portal/appointment-card';
import { CancelAppointmentButton } from '@/components/portal/cancel-appointment-button';
import { Pagination } from '@/components/ui/pagination';
import { cancelAppointmentAction } from '@/lib/actions/cancel-appointment';
import { cancellationBlock } from '@/lib/portal/cancellation-policy';
import { listAppointments } from '@/lib/portal/list-appointments';
import { ZPage } from '@/lib/portal/pagination';
import { portalContext } from '@/lib/portal/portal-context';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('schedule'))('title') };
}

export default async function SchedulePage({ params, searchParams }: PageProps<'/p/[portal]/schedule'>) {
  const { business, client } = await portalContext(params);
  const query = await searchParams;
  const scope = query.view === 'past' ? 'past' : 'upcoming';
  const page = ZPage.parse(query.page);
  const now = new Date();
  const [t, format, list] = await Promise.all([getTranslations('schedule'), getFormatter(), listAppointments({ businessId: business.id, clientId: client.id, scope, page, now })]);
  const tab = (view: 'upcoming' | 'past') =>
    `inline-flex min-h-11 items-center rounded-lg px-4 font-medium ${scope === view ? 'bg-accent text-on-accent' : 'bg-white ring-1 ring-slate-300'}`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <nav aria-label={t('title')} className="flex gap-2">
        <Link href={`/p/${business.slug}/schedule`} className={tab('upcoming')} aria-current={scope === 'upcoming' ? 'page' : undefined}>{t('upcoming')}</Link>
        <Link href={`/p/${business.slug}/schedule?view=past`} className={tab('past')} aria-current={scope === 'past' ? 'page' : undefined}>{t('past')}</Link>
      </nav>
      <p className="text-sm text-slate-600">
        {t('timezoneNote', { timezone: business.timezone })}
        {scope === 'upcoming' && business.allowCancellation && ` ${t('cutoffNote', { hours: business.cancellationCutoffHours })}`}
      </p>
      {list.items.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">{scope === 'upcoming' ? t('emptyUpcoming') : t('emptyPast')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {list.items.map((a) => (
            <li key={a.id}>
              <AppointmentCard appointment={a} timeZone={business.timezone}>
                {scope === 'upcoming' && (
                  <CancelAppointmentButton
                    cancellable={!cancellationBlock(a, business, now)}
                    cancel={cancelAppointmentAction.bind(null, business.slug, a.id)}
                    business={business.name}
                    cutoffHours={business.cancellationCutoffHours}
                    body={t('cancelBody', { service: a.service?.name ?? '—', when: format.dateTime(a.startsAt, { dateStyle: 'full', timeStyle: 'short', timeZone: business.timezone }), business: business.name })}
                  />
                )}
              </AppointmentCard>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={list.pages} href={(p) => `/p/${business.slug}/schedule?${new URLSearchParams({ ...(scope === 'past' ? { view: 'past' } : {}), page: String(p) })}`} />
    </main>
  );
}
