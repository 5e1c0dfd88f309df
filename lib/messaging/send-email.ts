import 'server-only';
import { render } from '@react-email/render';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
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
 * Renders and sends an email, recording it in OutboundMessage with its delivery
 * status. Call it after the transaction that decided to send has committed.
 * Without SMTP_URL the message stays in the outbox (readable at /dev/outbox in demo mode).
 */
export async function sendEmail({ businessId, to, kind, locale, subject, template }: TSendEmail) {
  const [html, text] = await Promise.all([render(template), render(template, { plainText: true })]);
  const config = env();
  const transport = emailTransport(config.SMTP_URL);
  const message = await db.outboundMessage.create({
    data: {
      businessId,
      channel: 'email',
      kind,
      locale,
      to,
      subject,
      text,
      html,
      status: transport ? 'sending' : 'outbox',
    },
    select: { id: true },
  });
  if (!transport) return { id: message.id, status: 'outbox' as const };
  try {
    const info = await transport.sendMail({ from: config.EMAIL_FROM, to, subject, html, text });
    await db.outboundMessage.update({
      where: { id: message.id },
      data: { status: 'sent', providerId: info.messageId, sentAt: new Date() },
    });
    return { id: message.id, status: 'sent' as const };
  } catch (error) {
    await db.outboundMessage.update({
      where: { id: message.id },
      data: { status: 'failed', error: String((error as Error).message).slice(0, 500) },
    });
    console.error(`[email] delivery failed for message ${message.id}: ${(error as Error).message}`);
    return { id: message.id, status: 'failed' as const };
  }
}
