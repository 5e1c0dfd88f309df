import 'server-only';
import { createTranslator } from 'next-intl';
import { createElement } from 'react';
import SecurityNoticeEmail from '@/emails/security-notice';
import { sendEmail } from '@/lib/messaging/send-email';
import { sendSms } from '@/lib/messaging/send-sms';
import { recipientWords } from '@/lib/i18n/recipient-words';

/** Tells the client their password was changed (by email, else by SMS), in the card's language. */
export async function notifyPasswordChanged({
  business,
  card,
}: {
  business: { id: string; name: string; accentColor: string; defaultLocale: string };
  card: { email: string | null; phone: string | null; locale: string | null };
}) {
  const { locale, messages, t } = await recipientWords(card.locale, business, 'securityEmail');
  const values = { business: business.name };
  const notice = { businessId: business.id, kind: 'password_changed', locale };
  if (!card.email)
    return card.phone ? sendSms({ ...notice, to: card.phone, text: t('passwordChangedSms', values) }) : null;
  const heading = t('passwordChangedSubject');
  return sendEmail({
    ...notice,
    to: card.email,
    subject: heading,
    template: createElement(SecurityNoticeEmail, {
      locale,
      businessName: business.name,
      accentColor: business.accentColor,
      heading,
      body: t('passwordChangedBody', values),
      footer: createTranslator({ locale, messages, namespace: 'emails' })('footer', values),
    }),
  });
}
