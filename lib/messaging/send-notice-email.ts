import 'server-only';
import { createElement } from 'react';
import NoticeEmail from '@/emails/security-notice';
import { applyTemplateOverride } from '@/lib/notifications/template-overrides';
import { sendEmail } from './send-email';

/**
 * A short notice (already translated) in the business's colours: security changes, requests,
 * cancellations. With `variables` (the values the text was made from), a wording the business
 * saved for this kind and language replaces the built-in subject and body.
 */
export async function sendNoticeEmail({
  business,
  to,
  kind,
  locale,
  heading,
  body,
  footer,
  action,
  details,
  note,
  variables,
}: {
  business: { id: string; name: string; accentColor: string };
  to: string;
  kind: string;
  locale: string;
  heading: string;
  body: string;
  footer: string;
  action?: { label: string; href: string };
  details?: { label: string; value: string; strong?: boolean }[];
  note?: { label: string; text: string };
  variables?: Record<string, string>;
}) {
  const text = await applyTemplateOverride({ businessId: business.id, kind, locale, heading, body }, variables);
  return sendEmail({
    businessId: business.id,
    to,
    kind,
    locale,
    subject: text.heading,
    template: createElement(NoticeEmail, {
      locale,
      businessName: business.name,
      accentColor: business.accentColor,
      heading: text.heading,
      body: text.body,
      footer,
      action,
      details,
      note,
    }),
  });
}
