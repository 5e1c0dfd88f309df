import 'server-only';
import { createTranslator } from 'next-intl';
import { createElement } from 'react';
import OneTimeCodeEmail, { oneTimeCodeSubject, type TOneTimeCodeVariant } from '@/emails/one-time-code';
import { loadMessages, type TLocale } from '@/lib/i18n/locales';
import { sendEmail } from '@/lib/messaging/send-email';
import { sendSms } from '@/lib/messaging/send-sms';
import { CODE_TTL_MS } from './limits';

type TCodeMessage = {
  /** the business the code is for; null for Portico itself (a business being created) */
  business: { id: string | null; name: string; accentColor: string };
  to: string;
  channel: 'email' | 'sms';
  /** the emails.* namespace of the message */
  variant: TOneTimeCodeVariant;
  /** OutboundMessage.kind */
  kind: string;
  code: string;
  locale: TLocale;
  link?: string;
};

/** Sends a one-time code by email (React Email, HTML and text) or SMS, in the recipient's language. */
export async function sendCodeMessage({ business, to, channel, variant, kind, code, locale, link }: TCodeMessage) {
  const messages = await loadMessages(locale);
  const minutes = CODE_TTL_MS / 60_000;
  if (channel === 'sms') {
    const text = createTranslator({ locale, messages, namespace: `emails.${variant}` })('sms', {
      code,
      business: business.name,
      minutes,
    });
    return sendSms({ businessId: business.id, to, kind, locale, text });
  }
  const props = {
    locale,
    messages,
    variant,
    businessName: business.name,
    accentColor: business.accentColor,
    code,
    minutes,
    link,
  };
  return sendEmail({
    businessId: business.id,
    to,
    kind,
    locale,
    subject: oneTimeCodeSubject(props),
    template: createElement(OneTimeCodeEmail, props),
  });
}
