import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { deliverMessage } from './deliver-message';
import { smsTransport } from './sms-transport';

type TSendSms = { businessId?: string | null; to: string; kind: string; locale: string; text: string };

/**
 * Sends an SMS through Twilio's official SDK, recording it in OutboundMessage with
 * its delivery status. Without Twilio configured the message stays in the outbox.
 */
export async function sendSms({ businessId, to, kind, locale, text }: TSendSms) {
  const configured = !!smsTransport(env());
  const message = await db.outboundMessage.create({
    data: {
      businessId,
      channel: 'sms',
      kind,
      locale,
      to,
      text,
      status: configured ? 'queued' : 'outbox',
      nextAttemptAt: configured ? new Date() : null,
    },
    select: { id: true },
  });
  if (!configured) return { id: message.id, status: 'outbox' as const };
  return { id: message.id, status: await deliverMessage(message.id) };
}
