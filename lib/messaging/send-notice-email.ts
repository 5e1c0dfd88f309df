import 'server-only';
import { createElement } from 'react';
import NoticeEmail from '@/emails/security-notice';
import { sendEmail } from './send-email';

/** A short notice (already translated) in the business's colours: security changes, requests, cancellations. */
export function sendNoticeEmail({
  business,
  to,
  kind,
  locale,
  heading,
  body,
  footer,
  action,
}: {
  business: { id: string; name: string; accentColor: string };
  to: string;
  kind: string;
  locale: string;
  heading: string;
  body: string;
  footer: string;
  action?: { label: string; href: string };
}) {
  return sendEmail({
    businessId: business.id,
    to,
    kind,
    locale,
    subject: heading,
    template: createElement(NoticeEmail, {
      locale,
      businessName: business.name,
      accentColor: business.accentColor,
      heading,
      body,
      footer,
      action,
    }),
  });
}
