import 'server-only';
import { createElement } from 'react';
import SecurityNoticeEmail from '@/emails/security-notice';
import { recipientWords } from '@/lib/i18n/recipient-words';
import { sendEmail } from '@/lib/messaging/send-email';

const WORDS = {
  added: ['passkey.addedSubject', 'passkey.addedBody'],
  used: ['passkey.usedSubject', 'passkey.usedBody'],
  removed: ['passkey.removedSubject', 'passkey.removedBody'],
} as const;

/**
 * The security notice of a passkey added, used to sign in or removed, by email in the person's
 * language and the business's colours (a staff member's: their first business). Nothing when the
 * person has no email address: an SMS for every sign-in would cost the business more than it tells.
 */
export async function notifyPasskey({
  event,
  name,
  business,
  to,
  locale,
}: {
  event: 'added' | 'used' | 'removed';
  name: string;
  business: { id: string; name: string; accentColor: string; defaultLocale: string };
  to: string | null;
  locale: string | null;
}) {
  if (!to) return null;
  const words = await recipientWords(locale, business, 'securityEmail');
  const values = { business: business.name, name };
  const [subject, body] = WORDS[event];
  const heading = words.t(subject);
  return sendEmail({
    businessId: business.id,
    to,
    kind: `passkey_${event}`,
    locale: words.locale,
    subject: heading,
    template: createElement(SecurityNoticeEmail, {
      locale: words.locale,
      businessName: business.name,
      accentColor: business.accentColor,
      heading,
      body: words.t(body, values),
      footer: words.tEmails('footer', values),
    }),
  });
}
