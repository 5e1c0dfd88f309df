// Issue 11: products and the payment form — Stripe Checkout through the official SDK (against a
// local server that speaks Stripe's API) confirmed by a signed webhook, once; the manual provider
// confirmed by staff; a paid order makes the card, the invoice, the payment and the page access.
import { createServer, type Server } from 'node:http';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { fulfilOrder } from '@/lib/payments/fulfil-order';
import { handleStripeWebhook } from '@/lib/payments/handle-stripe-webhook';
import { startInvoiceOrder, startProductOrder } from '@/lib/payments/start-order';
import { issueFormToken } from '@/lib/public-forms/form-token';
import { seedDemo } from '../support/demo';

const SECRET = 'whsec_portico_test_secret';
let demo: { id: string; slug: string; name: string };
let productId: string;
let pageId: string;
let server: Server;
const checkoutRequests: URLSearchParams[] = [];
let sessionCount = 0;
const NOW = new Date('2026-12-01T10:00:00Z');

const buyer = async (email: string) => ({
  firstName: 'Laura',
  lastName: 'Bianchi',
  email,
  phone: '',
  formToken: await issueFormToken('order', demo.id, Date.now() - 10_000),
  website: '',
});

function signed(event: object) {
  const payload = JSON.stringify(event);
  return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }) };
}

const completed = (
  id: string,
  session: { id: string; orderId: string; amount: number; currency: string },
  extra = {},
) => ({
  id,
  object: 'event',
  type: 'checkout.session.completed',
  data: {
    object: {
      id: session.id,
      object: 'checkout.session',
      amount_total: session.amount,
      currency: session.currency,
      payment_status: 'paid',
      payment_intent: `pi_${id}`,
      client_reference_id: session.orderId,
      metadata: { orderId: session.orderId },
    },
  },
  ...extra,
});

beforeAll(async () => {
  // a local stand-in for api.stripe.com: creates Checkout Sessions and remembers what was asked
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (c) => (body += c));
    request.on('end', () => {
      const params = new URLSearchParams(body);
      checkoutRequests.push(params);
      const id = `cs_test_${++sessionCount}`;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id, object: 'checkout.session', url: `https://checkout.stripe.test/${id}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: 'sk_test_portico',
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_BASE: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
  });
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true, slug: true, name: true } });
  pageId = (await db.restrictedPage.findFirstOrThrow({ where: { businessId: demo.id } })).id;
  productId = (
    await db.product.create({
      data: { businessId: demo.id, name: 'Corso online', priceMinor: 4900, currency: 'EUR', pageId, accessDays: 30 },
    })
  ).id;
}, 60_000);

afterAll(async () => {
  for (const key of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_BASE']) delete process.env[key];
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('Stripe Checkout', () => {
  let orderId: string;

  it('starts a Checkout Session at the product’s price and sends the buyer to Stripe', async () => {
    const result = await startProductOrder({
      business: demo,
      productId,
      values: await buyer('laura.buyer@example.com'),
      signedInClient: null,
      locale: 'it',
      ip: null,
    });
    expect(result).toEqual({ ok: true, redirect: 'https://checkout.stripe.test/cs_test_1' });
    const sent = checkoutRequests.at(-1)!;
    expect(sent.get('line_items[0][price_data][unit_amount]')).toBe('4900');
    expect(sent.get('line_items[0][price_data][currency]')).toBe('eur');
    const order = await db.order.findFirstOrThrow({ where: { email: 'laura.buyer@example.com' } });
    expect(order).toMatchObject({ status: 'pending', provider: 'stripe', providerRef: 'cs_test_1', amountMinor: 4900 });
    expect(sent.get('metadata[orderId]')).toBe(order.id);
    orderId = order.id;
    // nobody is a client yet: the card is made when the payment is confirmed
    expect(await db.client.count({ where: { email: 'laura.buyer@example.com' } })).toBe(0);
  });

  it('refuses a webhook with a bad signature, changing nothing', async () => {
    const { payload } = signed(completed('evt_1', { id: 'cs_test_1', orderId, amount: 4900, currency: 'eur' }));
    const forged = Stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_someone_else' });
    expect(await handleStripeWebhook(payload, forged)).toEqual({ status: 400, body: 'bad signature' });
    expect(await handleStripeWebhook(payload, null)).toEqual({ status: 400, body: 'bad signature' });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('pending');
  });

  it('ignores an event of another account and one whose amount is not the order’s', async () => {
    const other = signed(
      completed('evt_acct', { id: 'cs_test_1', orderId, amount: 4900, currency: 'eur' }, { account: 'acct_other' }),
    );
    expect(await handleStripeWebhook(other.payload, other.signature)).toEqual({
      status: 400,
      body: 'not this account',
    });
    const cheap = signed(completed('evt_cheap', { id: 'cs_test_1', orderId, amount: 100, currency: 'eur' }));
    expect(await handleStripeWebhook(cheap.payload, cheap.signature)).toEqual({ status: 200, body: 'ok' });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('pending');
    expect(await db.auditEvent.count({ where: { action: 'order.payment_mismatch', targetId: orderId } })).toBe(1);
  });

  it('a signed checkout.session.completed pays the order: card, invoice, payment, 30 days of page access, receipt', async () => {
    const event = signed(completed('evt_paid', { id: 'cs_test_1', orderId, amount: 4900, currency: 'eur' }));
    expect(await handleStripeWebhook(event.payload, event.signature, NOW)).toEqual({ status: 200, body: 'ok' });
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe('paid');
    const card = await db.client.findFirstOrThrow({ where: { businessId: demo.id, email: 'laura.buyer@example.com' } });
    expect(card).toMatchObject({ source: 'payment', firstName: 'Laura', locale: 'it', id: order.clientId });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: order.invoiceId! }, include: { lines: true } });
    expect(invoice).toMatchObject({ status: 'paid', totalMinor: 4900, paidMinor: 4900, clientId: card.id });
    expect(invoice.number).toMatch(/^2026-\d{4}$/);
    expect(invoice.lines.map((l) => l.description)).toEqual(['Corso online']);
    expect(await db.payment.findMany({ where: { clientId: card.id } })).toMatchObject([
      { amountMinor: 4900, method: 'card', reference: 'pi_evt_paid' },
    ]);
    const access = await db.pageAccess.findUniqueOrThrow({ where: { pageId_clientId: { pageId, clientId: card.id } } });
    expect(access).toMatchObject({ grantedBy: 'purchase', until: new Date(NOW.getTime() + 30 * 86_400_000) });
    const mails = await db.outboundMessage.findMany({
      where: { to: 'laura.buyer@example.com' },
      orderBy: { createdAt: 'asc' },
    });
    expect(mails.map((m) => m.kind)).toEqual(['payment_receipt', 'page_access_granted']);
    expect(mails[0].subject).toBe(`Pagamento ricevuto — ${demo.name}`);
  });

  it('the same event delivered again changes nothing', async () => {
    const event = signed(completed('evt_paid', { id: 'cs_test_1', orderId, amount: 4900, currency: 'eur' }));
    const counts = () =>
      Promise.all([db.invoice.count(), db.payment.count(), db.outboundMessage.count(), db.pageAccess.count()]);
    const before = await counts();
    expect(await handleStripeWebhook(event.payload, event.signature)).toEqual({
      status: 200,
      body: 'already processed',
    });
    // and a different event for the same, already paid session neither
    const again = signed(completed('evt_paid_2', { id: 'cs_test_1', orderId, amount: 4900, currency: 'eur' }));
    expect(await handleStripeWebhook(again.payload, again.signature)).toEqual({ status: 200, body: 'ok' });
    expect(await counts()).toEqual(before);
  });
});

describe('manual payments and invoices paid from the portal', () => {
  it('without Stripe, the order waits for staff; confirming pays it once', async () => {
    const saved = { key: process.env.STRIPE_SECRET_KEY };
    delete process.env.STRIPE_SECRET_KEY;
    try {
      const result = await startProductOrder({
        business: demo,
        productId,
        values: await buyer('bonifico@example.com'),
        signedInClient: null,
        locale: 'en',
        ip: null,
      });
      expect(result.ok && result.redirect).toMatch(/^\/p\/demo\/orders\/\w+\?key=/);
      const order = await db.order.findFirstOrThrow({ where: { email: 'bonifico@example.com' } });
      expect(order).toMatchObject({ provider: 'manual', status: 'pending' });
      const confirm = () =>
        fulfilOrder({
          businessId: demo.id,
          orderId: order.id,
          method: 'bank_transfer',
          reference: 'CRO 123',
          actor: { type: 'staff', id: 'x' },
        });
      const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
      expect(
        await fulfilOrder({
          businessId: acme.id,
          orderId: order.id,
          method: 'bank_transfer',
          reference: null,
          actor: { type: 'staff', id: 'x' },
        }),
      ).toEqual({ ok: false, error: 'notPending' });
      expect(await confirm()).toEqual({ ok: true });
      expect(await confirm()).toEqual({ ok: false, error: 'notPending' });
      expect(await db.payment.count({ where: { reference: 'CRO 123' } })).toBe(1);
    } finally {
      process.env.STRIPE_SECRET_KEY = saved.key;
    }
  });

  it('a client pays what is left on an open invoice; the invoice becomes paid', async () => {
    const client = await db.client.create({
      data: { businessId: demo.id, firstName: 'Ivo', email: 'ivo.invoice@example.com' },
    });
    const invoice = await db.invoice.create({
      data: {
        businessId: demo.id,
        clientId: client.id,
        number: '2026-9001',
        currency: 'EUR',
        status: 'open',
        issuedAt: NOW,
        totalMinor: 10000,
        paidMinor: 2500,
        subtotalMinor: 10000,
      },
    });
    const started = await startInvoiceOrder({ business: demo, client, invoiceId: invoice.id, locale: 'en' });
    expect(started.ok).toBe(true);
    const order = await db.order.findFirstOrThrow({ where: { invoiceId: invoice.id } });
    expect(order.amountMinor).toBe(7500);
    const event = signed(
      completed('evt_invoice', { id: order.providerRef!, orderId: order.id, amount: 7500, currency: 'eur' }),
    );
    expect(await handleStripeWebhook(event.payload, event.signature)).toEqual({ status: 200, body: 'ok' });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({
      status: 'paid',
      paidMinor: 10000,
    });
    // another client's invoice cannot be paid through this card
    const other = await db.client.create({ data: { businessId: demo.id, firstName: 'Zed', email: 'zed@example.com' } });
    expect(await startInvoiceOrder({ business: demo, client: other, invoiceId: invoice.id, locale: 'en' })).toEqual({
      ok: false,
      error: 'invoiceNotPayable',
    });
  });
});
