import { handleStripeWebhook } from '@/lib/payments/handle-stripe-webhook';

// Stripe calls this with no session: the signature (STRIPE_WEBHOOK_SECRET) is the credential.
export async function POST(request: Request) {
  const payload = await request.text();
  const result = await handleStripeWebhook(payload, request.headers.get('stripe-signature'));
  return new Response(result.body, { status: result.status, headers: { 'content-type': 'text/plain' } });
}
