import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { smsTransport } from './sms-transport';

type TSendSms = { businessId?: string | null; to: string; kind: string; locale: string; text: string };

/**
 * Sends an SMS through Twilio's official SDK, recording it in OutboundMessage with
 * its delivery status. Without Twilio configured the message stays in the outbox.
 */
export async function sendSms({ businessId, to, kind, locale, text }: TSendSms) {
  const transport = smsTransport(env());
  const message = await db.outboundMessage.create({
    data: { businessId, channel: 'sms', kind, locale, to, text, status: transport ? 'sending' : 'outbox' },
    select: { id: true },
  });
  if (!transport) return { id: message.id, status: 'outbox' as const };
  try {
    const sent = await transport.client.messages.create({ to, from: transport.from, body: text });
    await db.outboundMessage.update({
      where: { id: message.id },
      data: { status: 'sent', providerId: sent.sid, sentAt: new Date() },
    });
    return { id: message.id, status: 'sent' as const };
  } catch (error) {
    await db.outboundMessage.update({
      where: { id: message.id },
      data: { status: 'failed', error: String((error as Error).message).slice(0, 500) },
    });
    console.error(`[sms] delivery failed for message ${message.id}: ${(error as Error).message}`);
    return { id: message.id, status: 'failed' as const };
  }
}
