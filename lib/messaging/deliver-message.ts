import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { emailTransport } from './email-transport';
import { smsTransport } from './sms-transport';
import { deliverPush } from './push-transport';

/** attempts before a transiently failing message is given up and shown as failed */
export const MAX_ATTEMPTS = 5;
const FIRST_RETRY_MS = 30_000;

/** The wait before the next attempt: 30 s, 2 min, 8 min, 32 min. */
const retryDelayMs = (attempts: number) => FIRST_RETRY_MS * 4 ** (attempts - 1);

/**
 * Whether a send error may pass if tried again: an SMTP 4xx reply or a connection problem,
 * Twilio's or a push service's 429 or 5xx or no answer. An SMTP 5xx, a refused login, Twilio's
 * or a push service's 4xx are permanent: trying again would only fail again.
 */
function isTransient(error: unknown) {
  const e = error as { responseCode?: number; code?: string; status?: number };
  if (typeof e.responseCode === 'number') return e.responseCode >= 400 && e.responseCode < 500;
  if (typeof e.status === 'number') return e.status === 429 || e.status >= 500;
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNREFUSED', 'ECONNRESET', 'EDNS', 'ENOTFOUND'].includes(
    e.code ?? '',
  );
}

/**
 * The From of an email: the configured sending address, under the business's name when the
 * message is a business's ("Studio Demo <no-reply@…>"), so clients see who writes to them.
 */
function fromHeader(configured: string, name: string | null) {
  if (!name) return configured;
  const address = /<([^>]+)>/.exec(configured)?.[1] ?? configured.trim();
  return { name, address };
}

/**
 * One delivery attempt of a queued message, claimed first (so two workers never send it
 * twice): sent, queued again with back-off after a transient failure, or failed for good.
 */
export async function deliverMessage(id: string, now = new Date()): Promise<'sent' | 'queued' | 'failed' | 'skipped'> {
  const claimed = await db.outboundMessage.updateMany({
    where: { id, status: 'queued', nextAttemptAt: { lte: now } },
    data: { status: 'sending', attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) return 'skipped';
  const message = await db.outboundMessage.findUniqueOrThrow({
    where: { id },
    select: {
      channel: true,
      to: true,
      subject: true,
      text: true,
      html: true,
      attempts: true,
      fromName: true,
      replyTo: true,
      link: true,
    },
  });
  const config = env();
  try {
    let providerId: string;
    if (message.channel === 'push') {
      providerId = await deliverPush(message);
    } else if (message.channel === 'sms') {
      const transport = smsTransport(config);
      if (!transport) throw Object.assign(new Error('SMS is not configured'), { status: 400 });
      providerId = (
        await transport.client.messages.create({ to: message.to, from: transport.from, body: message.text })
      ).sid;
    } else {
      const transport = emailTransport(config.SMTP_URL);
      if (!transport) throw Object.assign(new Error('SMTP is not configured'), { responseCode: 550 });
      providerId = (
        await transport.sendMail({
          from: fromHeader(config.EMAIL_FROM, message.fromName),
          ...(message.replyTo ? { replyTo: message.replyTo } : {}),
          to: message.to,
          subject: message.subject ?? '',
          html: message.html ?? undefined,
          text: message.text,
        })
      ).messageId;
    }
    await db.outboundMessage.update({
      where: { id },
      data: { status: 'sent', providerId, sentAt: new Date(), error: null, nextAttemptAt: null },
    });
    return 'sent';
  } catch (error) {
    const retry = isTransient(error) && message.attempts < MAX_ATTEMPTS;
    await db.outboundMessage.update({
      where: { id },
      data: {
        status: retry ? 'queued' : 'failed',
        error: String((error as Error).message).slice(0, 500),
        nextAttemptAt: retry ? new Date(now.getTime() + retryDelayMs(message.attempts)) : null,
      },
    });
    console.error(
      `[${message.channel}] attempt ${message.attempts} failed for message ${id}${retry ? ', will retry' : ''}: ${(error as Error).message}`,
    );
    return retry ? 'queued' : 'failed';
  }
}

/** The job: every queued message whose next attempt is due (oldest first, at most 100 a run). */
export async function deliverDueMessages(now = new Date()) {
  const due = await db.outboundMessage.findMany({
    where: { status: 'queued', nextAttemptAt: { lte: now } },
    select: { id: true },
    orderBy: { nextAttemptAt: 'asc' },
    take: 100,
  });
  const results = [];
  for (const { id } of due) results.push(await deliverMessage(id, now));
  return { attempted: due.length, sent: results.filter((r) => r === 'sent').length };
}
