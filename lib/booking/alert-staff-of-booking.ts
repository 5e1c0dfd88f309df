import 'server-only';
import { createFormatter, createTranslator } from 'next-intl';
import { appUrl } from '@/lib/env';
import { db } from '@/lib/db';
import { isLocale, loadMessages, regionalLocale } from '@/lib/i18n/locales';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { serviceName } from '@/lib/services/service-name';

/** A staff alert: the staff member an online booking went to is told, in the business's language. */
export async function alertStaffOfBooking(
  business: {
    id: string;
    slug: string;
    name: string;
    accentColor: string;
    timezone: string;
    defaultLocale: string;
    country?: string;
  },
  appointmentId: string,
) {
  const appointment = await db.appointment.findFirst({
    where: { id: appointmentId, businessId: business.id },
    select: {
      startsAt: true,
      clientId: true,
      service: { select: { name: true, names: true } },
      client: { select: { firstName: true, lastName: true } },
      staffMember: { select: { identity: { select: { email: true } } } },
    },
  });
  const to = appointment?.staffMember?.identity.email;
  if (!appointment || !to) return;
  const locale = isLocale(business.defaultLocale) ? business.defaultLocale : 'en';
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'staffBookingEmail' });
  const tEmails = createTranslator({ locale, messages, namespace: 'emails' });
  const values = {
    client: `${appointment.client.firstName} ${appointment.client.lastName}`.trim(),
    service: serviceName(appointment.service, locale) ?? '—',
    when: createFormatter({ locale: regionalLocale(locale, business.country) }).dateTime(appointment.startsAt, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: business.timezone,
    }),
  };
  await sendNoticeEmail({
    business,
    to,
    kind: 'staff_online_booking',
    locale,
    heading: t('subject', values),
    body: t('body', values),
    footer: tEmails('staffFooter', { business: business.name }),
    action: { label: t('button'), href: `${appUrl()}/admin/${business.slug}/clients/${appointment.clientId}` },
  });
}
