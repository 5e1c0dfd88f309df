import type { Metadata } from 'next';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { EmptyState } from '@/components/ui/data-table';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { timeZoneLabel } from '@/lib/time/time-zone-label';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { AppointmentCard } from '@/components/portal/appointment-card';
import { CancelAppointmentButton } from '@/components/portal/cancel-appointment-button';
import { Pagination } from '@/components/ui/pagination';
import { createCalendarFeedAction, revokeCalendarFeedAction } from '@/lib/actions/calendar-feed';
import { appUrl } from '@/lib/env';
import { findCalendarFeed } from '@/lib/appointments/calendar-feed';
import { cancellationBlock } from '@/lib/appointments/cancellation-policy';
import { listAppointments } from '@/lib/appointments/list-client-appointments';
import { ZPage } from '@/lib/format/pagination';
import { portalContext } from '@/lib/auth/guards/portal-context';
import { serviceName } from '@/lib/services/service-name';
import { withClientMessages } from '@/components/i18n/with-client-messages';
import { ActionForm } from '@/components/ui/action-form';
import { Panel } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('schedule'))('title') };
}

async function SchedulePage({ params, searchParams }: PageProps<'/p/[portal]/schedule'>) {
  const { business, client } = await portalContext(params);
  const query = await searchParams;
  const scope = query.view === 'past' ? 'past' : 'upcoming';
  const page = ZPage.parse(query.page);
  const now = new Date();
  const [t, format, locale, list, feed] = await Promise.all([
    getTranslations('schedule'),
    getFormatter(),
    getMessageLocale(),
    listAppointments({ businessId: business.id, clientId: client.id, scope, page, now }),
    findCalendarFeed({ businessId: business.id, clientId: client.id }),
  ]);
  const tab = (view: 'upcoming' | 'past') =>
    `inline-flex min-h-11 items-center rounded-lg px-4 font-medium ${scope === view ? 'bg-accent text-on-accent' : 'bg-white ring-1 ring-slate-300'}`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {client.viewAs && query.refused === '1' && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900 ring-1 ring-red-200">
          {t('cancelErrors.view_only')}
        </p>
      )}
      <nav aria-label={t('title')} className="flex gap-2">
        <Link
          href={`/p/${business.slug}/schedule`}
          className={tab('upcoming')}
          aria-current={scope === 'upcoming' ? 'page' : undefined}
        >
          {t('upcoming')}
        </Link>
        <Link
          href={`/p/${business.slug}/schedule?view=past`}
          className={tab('past')}
          aria-current={scope === 'past' ? 'page' : undefined}
        >
          {t('past')}
        </Link>
      </nav>
      <p className="text-sm text-slate-600">
        {t('timezoneNote', { timezone: timeZoneLabel(await getLocale(), business.timezone) })}
        {scope === 'upcoming' &&
          business.allowCancellation &&
          ` ${t('cutoffNote', { hours: business.cancellationCutoffHours })}`}
      </p>
      {/* the list's own heading: the appointments under it are h3, in order (axe heading-order) */}
      <h2 className="sr-only">{scope === 'upcoming' ? t('upcoming') : t('past')}</h2>
      {list.items.length === 0 ? (
        <EmptyState>{scope === 'upcoming' ? t('emptyUpcoming') : t('emptyPast')}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {list.items.map((a) => (
            <li key={a.id}>
              <AppointmentCard appointment={a} timeZone={business.timezone}>
                {scope === 'upcoming' && a.status === 'booked' && (
                  <a
                    href={`/api/portal/${business.slug}/appointments/${a.id}/ics`}
                    download
                    className="inline-flex min-h-11 items-center self-start text-sm text-blue-800 underline"
                  >
                    {t('addToCalendar')}
                  </a>
                )}
                {scope === 'upcoming' && (
                  <CancelAppointmentButton
                    cancellable={!cancellationBlock(a, business, now)}
                    portal={business.slug}
                    appointmentId={a.id}
                    business={business.name}
                    cutoffHours={business.cancellationCutoffHours}
                    reasonRequired={business.cancellationReasonRequired}
                    body={t('cancelBody', {
                      service: serviceName(a.service, locale) ?? '—',
                      when: format.dateTime(a.startsAt, {
                        dateStyle: 'full',
                        timeStyle: 'short',
                        timeZone: business.timezone,
                      }),
                      business: business.name,
                    })}
                  />
                )}
              </AppointmentCard>
            </li>
          ))}
        </ul>
      )}
      <Panel id="feed" title={t('feedTitle')}>
        <p className="text-sm text-slate-700">{t('feedLead', { business: business.name })}</p>
        {feed ? (
          <>
            <label htmlFor="feed-url" className="text-sm font-medium">
              {t('feedUrl')}
            </label>
            <input
              id="feed-url"
              readOnly
              value={`${appUrl()}/api/calendar/${feed}.ics`}
              className="min-h-11 w-full rounded-lg border border-slate-400 bg-slate-50 px-3 font-mono text-sm"
            />
            <div className="flex flex-col gap-1">
              <ConfirmButton
                label={t('feedRevoke')}
                title={t('feedRevokeConfirmTitle')}
                body={t('feedRevokeNote')}
                confirmLabel={t('feedRevokeConfirm')}
                cancelLabel={t('feedRevokeKeep')}
                action={revokeCalendarFeedAction.bind(null, business.slug)}
              />
              <p className="text-sm text-slate-600">{t('feedRevokeNote')}</p>
            </div>
          </>
        ) : (
          <ActionForm
            permalink={`/p/${business.slug}/schedule`}
            action={createCalendarFeedAction.bind(null, business.slug)}
          >
            <button type="submit" className="min-h-11 rounded-lg border border-slate-400 px-3 text-sm font-medium">
              {t('feedCreate')}
            </button>
          </ActionForm>
        )}
      </Panel>
      <Pagination
        page={page}
        pages={list.pages}
        href={(p) =>
          `/p/${business.slug}/schedule?${new URLSearchParams({ ...(scope === 'past' ? { view: 'past' } : {}), page: String(p) })}`
        }
      />
    </main>
  );
}

export default withClientMessages(['schedule'], SchedulePage);
