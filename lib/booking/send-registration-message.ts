import 'server-only';
import { portalUrl } from '@/lib/business/portal-url';
import { toVariables } from '@/lib/notifications/catalog';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { sendSms } from '@/lib/messaging/send-sms';
import { applySmsOverride } from '@/lib/notifications/template-overrides';
import { recipientWords } from '@/lib/i18n/recipient-words';

/**
 * Seed 000 "Client registration message": the login and password made at a new client's
 * first booking, to the card's email (else its phone), in the language they booked in.
 */
export async function sendRegistrationMessage({
  business,
  card,
  locale: bookedIn,
  login,
  password,
}: {
  business: { id: string; slug: string; name: string; accentColor: string; defaultLocale: string };
  card: { firstName: string; email: string | null; phone: string | null };
  locale: string;
  login: string;
  password: string;
}) {
  const { locale, t, tEmails } = await recipientWords(bookedIn, business, 'registrationMessage');
  const link = portalUrl(business, '/sign-in');
  const values = { name: card.firstName, business: business.name, login, password, link };
  if (card.email)
    return sendNoticeEmail({
      business,
      to: card.email,
      kind: 'registration',
      locale,
      heading: t('subject', values),
      body: t('body', values),
      footer: tEmails('footer', { business: business.name }),
      action: { label: t('button'), href: link },
      variables: toVariables(values, link),
    });
  if (card.phone)
    return sendSms({
      businessId: business.id,
      to: card.phone,
      kind: 'registration',
      locale,
      text: await applySmsOverride(
        { businessId: business.id, kind: 'registration', locale, text: t('sms', values) },
        toVariables(values, link),
      ),
    });
}
