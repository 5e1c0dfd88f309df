import 'server-only';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { getFormatter, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';

/** After the update committed: tell the business (its owners), in the business's language. */
export async function notifyOwnersOfCancellation(
  business: { id: string; name: string; accentColor: string; timezone: string; defaultLocale: string },
  client: { firstName: string; lastName: string },
  appointmentId: string,
  reason: unknown,
) {
  const [owners, appointment] = await Promise.all([
    db.staffMember.findMany({
      where: { businessId: business.id, role: 'owner' },
      select: { identity: { select: { email: true } } },
    }),
    db.appointment.findFirstOrThrow({
      where: { id: appointmentId, businessId: business.id },
      select: { startsAt: true, service: { select: { name: true } } },
    }),
  ]);
  const locale = business.defaultLocale;
  const [t, tEmails, format] = await Promise.all([
    getTranslations({ locale, namespace: 'cancellationEmail' }),
    getTranslations({ locale, namespace: 'emails' }),
    getFormatter({ locale }),
  ]);
  const when = format.dateTime(appointment.startsAt, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: business.timezone,
  });
  const heading = t('subject', { client: `${client.firstName} ${client.lastName}`.trim() });
  const body = t('body', {
    client: `${client.firstName} ${client.lastName}`.trim(),
    service: appointment.service?.name ?? '—',
    when,
    reason: typeof reason === 'string' && reason.trim() ? reason.trim() : '—',
  });
  for (const owner of owners) {
    if (!owner.identity.email) continue;
    await sendNoticeEmail({
      business,
      to: owner.identity.email,
      kind: 'appointment_cancelled',
      locale,
      heading,
      body,
      footer: tEmails('staffFooter', { business: business.name }),
    });
  }
}
