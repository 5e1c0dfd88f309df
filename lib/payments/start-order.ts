import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { portalUrl } from '@/lib/business/portal-url';
import { db } from '@/lib/db';
import { checkVisitor } from '@/lib/public-forms/check-visitor';
import { ZOrderForm } from '@/lib/public-forms/public-form-schemas';
import { productName } from '@/lib/services/service-name';
import { orderKey } from './order-key';
import { paymentProvider } from './payment-provider';
import { fail, invalid } from '@/lib/result';

const ORDERS_PER_IP_HOUR = 20;

type TBusiness = { id: string; slug: string; name: string };

async function checkout(
  business: TBusiness,
  order: { id: string; businessId: string; email: string; amountMinor: number; currency: string },
  description: string,
  cancelPath: string,
) {
  const provider = paymentProvider();
  const key = await orderKey(order.id);
  const orderPath = `/orders/${order.id}?key=${encodeURIComponent(key)}`;
  const started = await provider.startCheckout(order, {
    description,
    successUrl: portalUrl(business, orderPath),
    cancelUrl: portalUrl(business, cancelPath),
  });
  return started.kind === 'redirect' ? started.url : `/p/${business.slug}${orderPath}`;
}

/**
 * The payment form of a product (seed 001 "make a payment through the payment form"): an
 * order at the product's price, then Stripe Checkout or the bank-transfer instructions.
 * The card is created or matched only when the payment is confirmed (lib/payments/fulfil-order.ts).
 */
export async function startProductOrder({
  business,
  productId,
  values,
  signedInClient,
  locale,
  ip,
  now = new Date(),
}: {
  business: TBusiness;
  productId: unknown;
  values: unknown;
  signedInClient: { id: string; firstName: string; lastName: string; email: string | null } | null;
  locale: string;
  ip: string | null;
  now?: Date;
}) {
  const own = signedInClient?.email
    ? { firstName: signedInClient.firstName, lastName: signedInClient.lastName, email: signedInClient.email }
    : {};
  const visitor = await checkVisitor(
    ZOrderForm,
    { ...(values as object), ...own },
    {
      purpose: 'order',
      business,
      ip,
      limit: ['order.started', ORDERS_PER_IP_HOUR],
      now,
    },
  );
  if (!visitor.ok) return visitor;
  const { form, email } = visitor;
  if (!email) return invalid({ email: 'emailInvalid' });
  const product = await db.product.findFirst({
    where: { id: typeof productId === 'string' ? productId : '', businessId: business.id, active: true },
    select: { id: true, name: true, names: true, priceMinor: true, currency: true },
  });
  if (!product) return fail('productUnavailable');
  const order = await db.order.create({
    data: {
      businessId: business.id,
      productId: product.id,
      clientId: signedInClient?.id ?? null,
      firstName: form.firstName,
      lastName: form.lastName,
      email,
      amountMinor: product.priceMinor,
      currency: product.currency,
      provider: paymentProvider().name,
      locale,
    },
    select: { id: true, businessId: true, email: true, amountMinor: true, currency: true },
  });
  await recordAuditEvent({
    businessId: business.id,
    actorType: signedInClient ? 'client' : 'anonymous',
    action: 'order.started',
    targetType: 'order',
    targetId: order.id,
    meta: { productId: product.id, amountMinor: order.amountMinor },
    ip,
    createdAt: now,
  });
  const redirect = await checkout(business, order, productName(product, locale), `/products/${product.id}`);
  return { ok: true as const, redirect };
}

/** "Pay now" on an open invoice in the portal: an order for what is left to pay. */
export async function startInvoiceOrder({
  business,
  client,
  invoiceId,
  locale,
}: {
  business: TBusiness;
  client: { id: string; firstName: string; lastName: string; email: string | null };
  invoiceId: unknown;
  locale: string;
}) {
  const invoice = await db.invoice.findFirst({
    where: {
      id: typeof invoiceId === 'string' ? invoiceId : '',
      businessId: business.id,
      clientId: client.id,
      kind: 'invoice',
      status: 'open',
    },
    select: { id: true, number: true, totalMinor: true, paidMinor: true, creditedMinor: true, currency: true },
  });
  const due = invoice ? invoice.totalMinor - invoice.paidMinor - invoice.creditedMinor : 0;
  if (!invoice || due <= 0) return fail('invoiceNotPayable');
  if (!client.email) return fail('emailNeeded');
  const order = await db.order.create({
    data: {
      businessId: business.id,
      invoiceId: invoice.id,
      clientId: client.id,
      firstName: client.firstName,
      lastName: client.lastName,
      email: client.email,
      amountMinor: due,
      currency: invoice.currency,
      provider: paymentProvider().name,
      locale,
    },
    select: { id: true, businessId: true, email: true, amountMinor: true, currency: true },
  });
  const redirect = await checkout(
    business,
    order,
    `${business.name} ${invoice.number ?? ''}`.trim(),
    `/invoices/${invoice.id}`,
  );
  return { ok: true as const, redirect };
}
