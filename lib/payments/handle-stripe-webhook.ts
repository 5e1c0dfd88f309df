import 'server-only';
import type Stripe from 'stripe';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { fulfilOrder } from './fulfil-order';
import { stripeClient } from './stripe-client';

type TWebhookResult = { status: number; body: string };

/**
 * Stripe's webhook: the signature is verified with the endpoint's secret (a bad or missing
 * one: 400, nothing read); an event of a connected account is not ours; an event already
 * handled answers 200 and changes nothing. checkout.session.completed pays its order only
 * when the session is the one made for it and the amount and currency are the order's.
 */
export async function handleStripeWebhook(
  payload: string,
  signature: string | null,
  now = new Date(),
): Promise<TWebhookResult> {
  const config = env();
  const stripe = stripeClient(config);
  if (!stripe || !config.STRIPE_WEBHOOK_SECRET) return { status: 404, body: 'not configured' };
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature ?? '', config.STRIPE_WEBHOOK_SECRET);
  } catch {
    return { status: 400, body: 'bad signature' };
  }
  if (event.account) return { status: 400, body: 'not this account' };
  if (await db.processedWebhookEvent.findUnique({ where: { id: event.id }, select: { id: true } }))
    return { status: 200, body: 'already processed' };

  if (event.type === 'checkout.session.completed' || event.type === 'checkout.session.async_payment_succeeded') {
    const session = event.data.object;
    const orderId = session.metadata?.orderId ?? session.client_reference_id ?? '';
    const order = await db.order.findUnique({
      where: { id: orderId },
      select: { id: true, businessId: true, providerRef: true, amountMinor: true, currency: true },
    });
    const matches =
      order &&
      order.providerRef === session.id &&
      session.amount_total === order.amountMinor &&
      session.currency === order.currency.toLowerCase();
    if (!order || !matches) {
      await recordAuditEvent({
        businessId: order?.businessId ?? null,
        actorType: 'system',
        action: 'order.payment_mismatch',
        targetType: 'order',
        targetId: order?.id,
        meta: {
          event: event.id,
          session: session.id,
          amount: session.amount_total ?? null,
          currency: session.currency ?? null,
        },
      });
    } else if (session.payment_status === 'paid') {
      const paymentIntent = typeof session.payment_intent === 'string' ? session.payment_intent : session.id;
      await fulfilOrder({
        businessId: order.businessId,
        orderId: order.id,
        method: 'card',
        reference: paymentIntent,
        actor: { type: 'system', id: null },
        now,
      });
    }
  }
  await db.processedWebhookEvent
    .create({ data: { id: event.id, type: event.type } })
    .catch((error: { code?: string }) => {
      if (error.code !== 'P2002') throw error;
    });
  return { status: 200, body: 'ok' };
}
