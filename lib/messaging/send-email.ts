import 'server-only';
import { render } from '@react-email/render';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { deliverMessage } from './deliver-message';
import { emailTransport } from './email-transport';

type TSendEmail = {
  businessId?: string | null;
  to: string;
  kind: string;
  locale: string;
  subject: string;
  /** a React Email template element, rendered to HTML and plain text */
  template: React.ReactElement;
};

/**
 * Renders and sends an email, recording it in OutboundMessage (the delivery log) with its
 * status and attempts. Call it after the transaction that decided to send has committed.
 * Without SMTP_URL the message stays in the outbox (readable at /dev/outbox in demo mode).
 */
export async function sendEmail({ businessId, to, kind, locale, subject, template }: TSendEmail) {
  const [html, text] = await Promise.all([render(template), render(template, { plainText: true })]);
  const configured = !!emailTransport(env().SMTP_URL);
  // a business's message comes from it: its name on the From, its contact address to reply to
  const business = businessId
    ? await db.business.findUnique({ where: { id: businessId }, select: { name: true, contactEmail: true } })
    : null;
  const message = await db.outboundMessage.create({
    data: {
      businessId,
      fromName: business?.name ?? null,
      replyTo: business?.contactEmail ?? null,
      channel: 'email',
      kind,
      locale,
      to,
      subject,
      text,
      html,
      status: configured ? 'queued' : 'outbox',
      nextAttemptAt: configured ? new Date() : null,
    },
    select: { id: true },
  });
  if (!configured) return { id: message.id, status: 'outbox' as const };
  // the first attempt at once (a sign-in code cannot wait); retries are the deliver-messages job's
  return { id: message.id, status: await deliverMessage(message.id) };
}
