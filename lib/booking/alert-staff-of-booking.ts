import 'server-only';
import { createFormatter } from 'next-intl';
import { appUrl } from '@/lib/env';
import { db } from '@/lib/db';
import { regionalLocale } from '@/lib/i18n/locales';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { serviceName } from '@/lib/services/service-name';
import type { TSenderBusiness } from '@/lib/business/sender-business';
import { recipientWords } from '@/lib/i18n/recipient-words';

/** A staff alert: the staff member an online booking went to is told, in the business's language. */
export async function alertStaffOfBooking(business: TSenderBusiness, appointmentId: string) {
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
  const { locale, t, tEmails } = await recipientWords(null, business, 'staffBookingEmail');
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
