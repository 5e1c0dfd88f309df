import 'server-only';
import { portalUrl } from '@/lib/business/portal-url';
import { toVariables } from '@/lib/notifications/catalog';
import { db } from '@/lib/db';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { recipientWords } from '@/lib/i18n/recipient-words';
import type { TSenderBusiness } from '@/lib/business/sender-business';

/** After staff book, move or cancel, or the client books online: the client is emailed in their language (no email on the card: nothing sent). */
export async function notifyClientOfAppointment({
  business,
  appointmentId,
  kind,
}: {
  business: TSenderBusiness;
  appointmentId: string;
  kind: 'booked' | 'moved' | 'cancelled' | 'bookedOnline';
}) {
  const appointment = await db.appointment.findFirstOrThrow({
    where: { id: appointmentId, businessId: business.id },
    select: {
      startsAt: true,
      cancellationReason: true,
      service: { select: { name: true, names: true } },
      client: { select: { email: true, locale: true, firstName: true, isDemo: true } },
    },
  });
  const { client } = appointment;
  if (!client.email || client.isDemo) return false;
  const { locale, t, tEmails, format } = await recipientWords(client.locale, business, 'appointmentEmail');
  const names = JSON.parse(appointment.service?.names ?? '{}') as Record<string, string>;
  const values = {
    name: client.firstName,
    business: business.name,
    service: names[locale] || appointment.service?.name || '—',
    when: format.dateTime(appointment.startsAt, { dateStyle: 'full', timeStyle: 'short', timeZone: business.timezone }),
    reason: appointment.cancellationReason ?? '',
  };
  await sendNoticeEmail({
    business,
    to: client.email,
    kind: kind === 'bookedOnline' ? 'appointment_booked_online' : `appointment_${kind}_by_staff`,
    locale,
    heading: t(`${kind}Subject`, values),
    body: t(`${kind}Body`, values),
    footer: tEmails('footer', { business: business.name }),
    action: { label: t('button'), href: portalUrl(business, '/schedule') },
    variables: toVariables(values, portalUrl(business, '/schedule')),
  });
  return true;
}
