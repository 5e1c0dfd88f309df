import 'server-only';
import { createTranslator } from 'next-intl';
import { createElement } from 'react';
import SecurityNoticeEmail from '@/emails/security-notice';
import { maskDestination, type TIdentifier } from '@/lib/format/identifiers';
import { loadMessages, type TLocale } from '@/lib/i18n/locales';
import { sendEmail } from '@/lib/messaging/send-email';
import { sendSms } from '@/lib/messaging/send-sms';
import type { TContactKind } from './contact-change-schema';

type TNotice = {
  business: { id: string; name: string; accentColor: string };
  card: { email: string | null; phone: string | null };
  kind: TContactKind;
  old: string | null;
  value: string;
  locale: TLocale;
};

/**
 * Tells the client their email or mobile number changed, at the address it replaced
 * (an email by email, a number by SMS); adding a number where there was none is told
 * to their email. The new address is shown masked.
 */
export async function notifyContactChanged({ business, card, kind, old, value, locale }: TNotice) {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'securityEmail' });
  const masked = maskDestination({ kind, value } as TIdentifier);
  const values = { business: business.name, masked };
  const notice = { businessId: business.id, kind: `${kind}_changed`, locale };
  if (kind === 'phone' && old) return sendSms({ ...notice, to: old, text: t('phoneChangedSms', values) });
  const to = kind === 'email' ? old : card.email;
  if (!to) return null;
  const heading = t(kind === 'email' ? 'emailChangedSubject' : 'phoneChangedSubject');
  const footer = createTranslator({ locale, messages, namespace: 'emails' })('footer', { business: business.name });
  return sendEmail({
    ...notice,
    to,
    subject: heading,
    template: createElement(SecurityNoticeEmail, {
      locale,
      businessName: business.name,
      accentColor: business.accentColor,
      heading,
      body: t(kind === 'email' ? 'emailChangedBody' : 'phoneChangedBody', values),
      footer,
    }),
  });
}
