import 'server-only';
import { portalUrl } from '@/lib/business/portal-url';
import { toVariables } from '@/lib/notifications/catalog';
import { db } from '@/lib/db';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { sendSms } from '@/lib/messaging/send-sms';
import { applySmsOverride } from '@/lib/notifications/template-overrides';
import { serviceName } from '@/lib/services/service-name';
import { SENDER_BUSINESS_SELECT, type TSenderBusiness } from '@/lib/business/sender-business';
import { recipientWords } from '@/lib/i18n/recipient-words';
import { pushNotice } from '@/lib/messaging/push-notice';

/**
 * The reminder job: each booked appointment starting within its business's reminder lead
 * time (24 h unless changed; 0 turns reminders off) is claimed by setting reminderSentAt,
 * so any number of parallel runs send one reminder. Appointments booked inside the lead
 * time already had their confirmation and get none. Email, else SMS, in the client's language.
 */
export async function sendAppointmentReminders(now = new Date()) {
  const businesses = await db.business.findMany({
    where: { reminderHours: { gt: 0 } },
    select: {
      ...SENDER_BUSINESS_SELECT,
      reminderHours: true,
    },
  });
  let sent = 0;
  for (const business of businesses) {
    const leadMs = business.reminderHours * 3600_000;
    const due = await db.appointment.findMany({
      where: {
        businessId: business.id,
        status: 'booked',
        reminderSentAt: null,
        startsAt: { gt: now, lte: new Date(now.getTime() + leadMs) },
        client: { isDemo: false, status: 'active' },
      },
      select: {
        id: true,
        businessId: true,
        startsAt: true,
        createdAt: true,
        service: { select: { name: true, names: true } },
        client: { select: { id: true, firstName: true, email: true, phone: true, locale: true } },
      },
      take: 500,
    });
    for (const appointment of due) {
      if (appointment.createdAt.getTime() > appointment.startsAt.getTime() - leadMs) continue;
      const claimed = await db.appointment.updateMany({
        where: { id: appointment.id, businessId: appointment.businessId, reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (claimed.count !== 1) continue;
      await remind(business, appointment);
      sent++;
    }
  }
  return { sent };
}

async function remind(
  business: TSenderBusiness,
  appointment: {
    startsAt: Date;
    service: { name: string; names: string } | null;
    client: { id: string; firstName: string; email: string | null; phone: string | null; locale: string | null };
  },
) {
  const { client } = appointment;
  await pushNotice({ business, client, kind: 'appointment_reminder', path: '/schedule' });
  const { locale, t, tEmails, format } = await recipientWords(client.locale, business, 'appointmentEmail');
  const values = {
    name: client.firstName,
    business: business.name,
    service: serviceName(appointment.service, locale) ?? '—',
    when: format.dateTime(appointment.startsAt, { dateStyle: 'full', timeStyle: 'short', timeZone: business.timezone }),
    time: format.dateTime(appointment.startsAt, {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: business.timezone,
    }),
  };
  if (client.email)
    await sendNoticeEmail({
      business,
      to: client.email,
      kind: 'appointment_reminder',
      locale,
      heading: t('reminderSubject', values),
      body: t('reminderBody', values),
      footer: tEmails('footer', { business: business.name }),
      action: { label: t('button'), href: portalUrl(business, '/schedule') },
      variables: toVariables(values, portalUrl(business, '/schedule')),
    });
  else if (client.phone)
    await sendSms({
      businessId: business.id,
      to: client.phone,
      kind: 'appointment_reminder',
      locale,
      text: await applySmsOverride(
        { businessId: business.id, kind: 'appointment_reminder', locale, text: t('reminderSms', values) },
        toVariables(values, portalUrl(business, '/schedule')),
      ),
    });
}
