import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { stripeClient } from './stripe-client';

type TOrder = { id: string; businessId: string; email: string; amountMinor: number; currency: string };
type TCheckout = { kind: 'redirect'; url: string } | { kind: 'manual' };

/**
 * Where a portal payment goes. Stripe Checkout when keys are configured (the client pays
 * on Stripe's page; the webhook confirms), else the manual provider: the client is shown
 * bank-transfer instructions and staff confirm the order when the money arrives.
 */
type TPaymentProvider = {
  name: 'stripe' | 'manual';
  startCheckout(
    order: TOrder,
    options: { description: string; successUrl: string; cancelUrl: string },
  ): Promise<TCheckout>;
};

const manualProvider: TPaymentProvider = {
  name: 'manual',
  startCheckout: async () => ({ kind: 'manual' }),
};

function stripeProvider(): TPaymentProvider | null {
  const stripe = stripeClient(env());
  if (!stripe || !env().STRIPE_WEBHOOK_SECRET) return null;
  return {
    name: 'stripe',
    async startCheckout(order, { description, successUrl, cancelUrl }) {
      const session = await stripe.checkout.sessions.create({
        mode: 'payment',
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: order.currency.toLowerCase(),
              unit_amount: order.amountMinor,
              product_data: { name: description },
            },
          },
        ],
        customer_email: order.email,
        client_reference_id: order.id,
        metadata: { orderId: order.id, businessId: order.businessId },
        success_url: successUrl,
        cancel_url: cancelUrl,
      });
      await db.order.update({
        where: { id: order.id, businessId: order.businessId },
        data: { providerRef: session.id },
      });
      if (!session.url) throw new Error('Stripe returned no checkout URL');
      return { kind: 'redirect', url: session.url };
    },
  };
}

export const paymentProvider = (): TPaymentProvider => stripeProvider() ?? manualProvider;
