import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { timeZoneLabel } from '@/lib/time/time-zone-label';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { BookingForm } from '@/components/portal/booking-form';
import { Money } from '@/components/portal/money';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { bookOnlineAction } from '@/lib/actions/book-online';
import { bookingWeek } from '@/lib/booking/booking-days';
import { isClosedDay } from '@/lib/booking/compute-slots';
import { parseWeeklyHours } from '@/lib/business/weekly-hours';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { listBookableServices } from '@/lib/booking/list-bookable-services';
import { listFreeSlots } from '@/lib/booking/load-availability';
import { issueFormToken } from '@/lib/public-forms/form-token';
import { serviceName } from '@/lib/services/service-name';
import { withClientMessages } from '@/components/i18n/with-client-messages';
import { Panel } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('booking'))('title') };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
const LINK = 'inline-flex min-h-11 items-center rounded-lg px-3 font-medium ring-1 ring-slate-300 hover:bg-slate-50';

/**
 * Seed 000 / 001 "book an appointment through your scheduling form": a service, a day of
 * the week shown and a free time, then the contact details (filled in for a signed-in
 * client). Every choice is in the URL, so the back button and a shared link work.
 */
async function BookPage({ params, searchParams }: PageProps<'/p/[portal]/book'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const query = await searchParams;
  const [t, format, locale, client, services] = await Promise.all([
    getTranslations('booking'),
    getFormatter(),
    getMessageLocale(),
    getPortalClient(business.id),
    business.onlineBooking ? listBookableServices(business.id) : Promise.resolve([]),
  ]);
  const base = `/p/${business.slug}/book`;
  if (!business.onlineBooking || services.length === 0)
    return (
      <main id="main" className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="rounded-2xl bg-white p-5 ring-1 ring-slate-200">{t('closed', { business: business.name })}</p>
      </main>
    );

  const service = services.find((s) => s.id === one(query.service));
  const now = new Date();
  const week = service
    ? bookingWeek(one(query.week), { timezone: business.timezone, horizonDays: business.bookingHorizonDays, now })
    : null;
  const slotsByDay =
    service && week ? await listFreeSlots({ business, serviceId: service.id, days: week.days, now }) : null;
  const days = week?.days ?? [];
  const openingHours = parseWeeklyHours(business.openingHours) ?? {};
  const chosenDay =
    (one(query.day) && days.includes(one(query.day)!) ? one(query.day) : undefined) ??
    days.find((d) => (slotsByDay?.get(d)?.length ?? 0) > 0);
  const daySlots = (chosenDay && slotsByDay?.get(chosenDay)) || [];
  const slot = daySlots.find((s) => s.startsAt.toISOString() === one(query.slot));
  const href = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    const merged = { service: service?.id, week: one(query.week), day: chosenDay, ...change };
    for (const [k, v] of Object.entries(merged)) if (v) next.set(k, v);
    return `${base}?${next}`;
  };
  const dayLabel = (day: string) =>
    format.dateTime(new Date(`${day}T12:00:00Z`), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
  const time = (d: Date) => format.dateTime(d, { timeStyle: 'short', timeZone: business.timezone });

  return (
    <main id="main" className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('lead', { business: business.name })}</p>
      </div>

      <Panel id="step-service" title={t('serviceStep')}>
        <ul className="mt-3 flex flex-col gap-2">
          {services.map((s) => (
            <li key={s.id}>
              <Link
                href={`${base}?service=${s.id}`}
                aria-current={s.id === service?.id ? 'true' : undefined}
                className="flex min-h-12 items-center justify-between gap-3 rounded-xl px-4 py-2 ring-1 ring-slate-300 hover:bg-slate-50 aria-[current]:bg-accent aria-[current]:text-on-accent"
              >
                <span className="font-medium">{serviceName(s, locale)}</span>
                <span className="text-sm">
                  {t('minutes', { minutes: s.durationMinutes })}
                  {s.priceMinor > 0 && (
                    <>
                      {' · '}
                      <Money minor={s.priceMinor} currency={business.currency} />
                    </>
                  )}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </Panel>

      {service && week && (
        <Panel id="step-time" title={t('timeStep')}>
          <p className="text-sm text-slate-700">
            {t('timezone', { timezone: timeZoneLabel(await getLocale(), business.timezone) })}
          </p>
          <nav aria-label={t('weekNav')} className="mt-3 flex flex-wrap items-center justify-between gap-2">
            {week.previous ? (
              <Link className={LINK} href={href({ week: week.previous, day: undefined, slot: undefined })}>
                {t('previousWeek')}
              </Link>
            ) : (
              <span />
            )}
            {week.next && (
              <Link className={LINK} href={href({ week: week.next, day: undefined, slot: undefined })}>
                {t('nextWeek')}
              </Link>
            )}
          </nav>
          <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label={t('days')}>
            {days.map((day) => {
              const count = slotsByDay?.get(day)?.length ?? 0;
              return (
                <li key={day}>
                  {count > 0 ? (
                    <Link
                      href={href({ day, slot: undefined })}
                      aria-current={day === chosenDay ? 'date' : undefined}
                      className="flex min-h-12 flex-col justify-center rounded-xl px-3 py-1 ring-1 ring-slate-300 hover:bg-slate-50 aria-[current]:bg-accent aria-[current]:text-on-accent"
                    >
                      <span className="font-medium">{dayLabel(day)}</span>
                      <span className="text-xs">{t('freeTimes', { count })}</span>
                    </Link>
                  ) : (
                    <span className="flex min-h-12 flex-col justify-center rounded-xl px-3 py-1 text-slate-600 ring-1 ring-slate-200">
                      <span className="font-medium">{dayLabel(day)}</span>
                      <span className="text-xs">{isClosedDay(day, openingHours) ? t('closedDay') : t('noTimes')}</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {chosenDay && daySlots.length === 0 ? (
            <p className="mt-4 text-slate-700">{t('noTimesOn', { day: dayLabel(chosenDay) })}</p>
          ) : chosenDay ? (
            <>
              <h3 className="mt-4 font-semibold">{t('timesOf', { day: dayLabel(chosenDay) })}</h3>
              <ul className="mt-2 flex flex-wrap gap-2">
                {daySlots.map((s) => (
                  <li key={s.startsAt.toISOString()}>
                    <Link
                      href={`${href({ slot: s.startsAt.toISOString() })}#details`}
                      aria-current={slot?.startsAt.getTime() === s.startsAt.getTime() ? 'true' : undefined}
                      className="inline-flex min-h-11 min-w-20 items-center justify-center rounded-lg px-3 font-medium ring-1 ring-slate-300 hover:bg-slate-50 aria-[current]:bg-accent aria-[current]:text-on-accent"
                    >
                      {time(s.startsAt)}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-4 text-slate-700">{t('weekFull')}</p>
          )}
        </Panel>
      )}

      {service && slot && (
        <section
          id="details"
          aria-labelledby="step-details"
          className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
        >
          <h2 id="step-details" className="text-lg font-semibold">
            {t('detailsStep')}
          </h2>
          <p className="mt-1 font-medium">
            {t('summary', {
              service: serviceName(service, locale) ?? '',
              when: format.dateTime(slot.startsAt, {
                dateStyle: 'full',
                timeStyle: 'short',
                timeZone: business.timezone,
              }),
            })}
          </p>
          <BookingForm
            portal={business.slug}
            book={bookOnlineAction.bind(null, business.slug)}
            formToken={await issueFormToken('booking', business.id)}
            serviceId={service.id}
            startsAt={slot.startsAt.toISOString()}
            pickAgainHref={href({ slot: undefined })}
            signedIn={
              client && !client.viewAs
                ? {
                    firstName: client.firstName,
                    lastName: client.lastName,
                    email: client.email ?? '',
                    phone: client.phone ?? '',
                  }
                : null
            }
          />
        </section>
      )}
    </main>
  );
}

export default withClientMessages(['booking', 'publicForms'], BookPage);
