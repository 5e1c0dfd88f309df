import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { portalUrl } from '@/lib/business/portal-url';
import { toVariables } from '@/lib/notifications/catalog';
import { matchOrCreateCard } from '@/lib/clients/match-or-create-card';
import { db } from '@/lib/db';
import { nextInvoiceNumber, yearIn } from '@/lib/invoices/invoice-number';
import { settledStatus } from '@/lib/invoices/settled-status';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { productName } from '@/lib/services/service-name';
import { lastZonedDay } from '@/lib/time/zoned-day';
import { fail, Refusal, type TFailure } from '@/lib/result';
import type { TSenderBusiness } from '@/lib/business/sender-business';
import { recipientWords } from '@/lib/i18n/recipient-words';

const DAY_MS = 24 * 3600_000;

/**
 * A confirmed payment (Stripe's webhook, or staff for a bank transfer), applied once: the
 * order turns paid only from pending, in the same transaction as everything it causes —
 * the card created or matched (source payment), for a product a paid invoice with its
 * payment and the page access for the product's period (seed 003; an access still running
 * is extended), for an open invoice the payment on it. Then the receipt is emailed.
 */
export async function fulfilOrder({
  businessId,
  orderId,
  method,
  reference,
  actor,
  now = new Date(),
}: {
  businessId: string;
  orderId: string;
  /** card: Stripe's webhook (Stripe orders only); bank_transfer: staff (manual orders only) */
  method: 'card' | 'bank_transfer';
  reference: string | null;
  actor: { type: 'staff' | 'system'; id: string | null };
  now?: Date;
}): Promise<{ ok: true } | TFailure<'notPending' | 'invoiceSettled'>> {
  const business = await db.business.findUniqueOrThrow({
    where: { id: businessId },
    select: { id: true, slug: true, name: true, accentColor: true, timezone: true, defaultLocale: true, country: true },
  });
  const done = await db
    .$transaction(async (tx) => {
      const claimed = await tx.order.updateMany({
        where: { id: orderId, businessId, status: 'pending', provider: method === 'card' ? 'stripe' : 'manual' },
        data: { status: 'paid', paidAt: now },
      });
      if (claimed.count !== 1) return fail('notPending' as const);
      const order = await tx.order.findUniqueOrThrow({
        where: { id: orderId },
        select: {
          clientId: true,
          invoiceId: true,
          firstName: true,
          lastName: true,
          email: true,
          amountMinor: true,
          currency: true,
          locale: true,
          product: { select: { id: true, name: true, names: true, pageId: true, accessDays: true } },
        },
      });
      const clientId =
        order.clientId ??
        (
          await matchOrCreateCard(tx, {
            businessId,
            details: { firstName: order.firstName, lastName: order.lastName, email: order.email, phone: null },
            source: 'payment',
            locale: order.locale,
          })
        ).card.id;

      let invoiceId = order.invoiceId;
      if (invoiceId) {
        const invoice = await tx.invoice.findFirstOrThrow({
          where: { id: invoiceId, businessId },
          select: { totalMinor: true, paidMinor: true, creditedMinor: true },
        });
        const paidMinor = invoice.paidMinor + order.amountMinor;
        if (paidMinor > invoice.totalMinor - invoice.creditedMinor) throw new Refusal(fail('invoiceSettled'));
        const { count } = await tx.invoice.updateMany({
          where: { id: invoiceId, businessId, paidMinor: invoice.paidMinor, status: 'open' },
          data: { paidMinor, status: settledStatus({ ...invoice, paidMinor }) },
        });
        if (count !== 1) throw new Refusal(fail('invoiceSettled'));
      } else {
        const product = order.product!;
        const number = await nextInvoiceNumber(tx, businessId, 'invoice', yearIn(business.timezone, now));
        const invoice = await tx.invoice.create({
          data: {
            businessId,
            clientId,
            number,
            currency: order.currency,
            status: 'paid',
            issuedAt: now,
            subtotalMinor: order.amountMinor,
            totalMinor: order.amountMinor,
            paidMinor: order.amountMinor,
            lines: {
              create: [
                {
                  description: productName(product, order.locale),
                  unitPriceMinor: order.amountMinor,
                  totalMinor: order.amountMinor,
                },
              ],
            },
          },
          select: { id: true },
        });
        invoiceId = invoice.id;
      }
      await tx.payment.create({
        data: {
          businessId,
          clientId,
          invoiceId,
          amountMinor: order.amountMinor,
          currency: order.currency,
          method,
          reference,
          paidAt: now,
        },
      });
      let access: { pageTitle: string; pageSlug: string; until: Date | null } | null = null;
      const product = order.product;
      if (product?.pageId) {
        const page = await tx.restrictedPage.findFirst({
          where: { id: product.pageId, businessId },
          select: { id: true, title: true, slug: true },
        });
        if (page) {
          const existing = await tx.pageAccess.findUnique({
            where: { pageId_clientId: { pageId: page.id, clientId } },
            select: { until: true },
          });
          // a running access is extended from its end; an ended one starts again today
          const start = existing?.until && existing.until > now ? existing.until : now;
          const until = product.accessDays ? new Date(start.getTime() + product.accessDays * DAY_MS) : null;
          const running = existing && (!existing.until || existing.until > now);
          await tx.pageAccess.upsert({
            where: { pageId_clientId: { pageId: page.id, clientId }, businessId },
            create: { businessId, pageId: page.id, clientId, from: now, until, grantedBy: 'purchase' },
            update: {
              ...(running ? {} : { from: now }),
              until: running && !existing!.until ? null : until,
              grantedBy: 'purchase',
              endingNoticeSentAt: null,
            },
          });
          access = { pageTitle: page.title, pageSlug: page.slug, until: running && !existing!.until ? null : until };
        }
      }
      await tx.order.update({ where: { id: orderId, businessId }, data: { clientId, invoiceId } });
      return { clientId, invoiceId, access, order };
    })
    .catch((error) => {
      if (error instanceof Refusal) return error.failure as TFailure<'invoiceSettled'>;
      throw error;
    });
  if ('error' in done && done.error) return fail(done.error);
  if (!('clientId' in done)) throw new Error('unreachable');

  await recordAuditEvent({
    businessId,
    actorType: actor.type,
    actorId: actor.id,
    action: 'order.paid',
    targetType: 'client',
    targetId: done.clientId,
    meta: { orderId, invoiceId: done.invoiceId, amountMinor: done.order.amountMinor, method },
  });
  await sendReceipt(business, done.order, done.access);
  return { ok: true };
}

async function sendReceipt(
  business: TSenderBusiness,
  order: { email: string; firstName: string; amountMinor: number; currency: string; locale: string },
  access: { pageTitle: string; pageSlug: string; until: Date | null } | null,
) {
  const { locale, t, tEmails, format } = await recipientWords(order.locale, business, 'paymentEmail');
  const amount = format.number(order.amountMinor / 100, { style: 'currency', currency: order.currency });
  const footer = tEmails('footer', { business: business.name });
  await sendNoticeEmail({
    business,
    to: order.email,
    kind: 'payment_receipt',
    locale,
    heading: t('receiptSubject', { business: business.name }),
    body: t('receiptBody', { name: order.firstName, amount, business: business.name }),
    footer,
    action: { label: t('receiptButton'), href: portalUrl(business, '/payments') },
    variables: toVariables(
      { name: order.firstName, amount, business: business.name },
      portalUrl(business, '/payments'),
    ),
  });
  if (access) {
    const day = access.until
      ? format.dateTime(new Date(`${lastZonedDay(access.until, business.timezone)}T12:00:00Z`), {
          dateStyle: 'long',
          timeZone: 'UTC',
        })
      : null;
    await sendNoticeEmail({
      business,
      to: order.email,
      kind: 'page_access_granted',
      locale,
      heading: t('accessSubject', { page: access.pageTitle }),
      body: day
        ? t('accessBodyUntil', { name: order.firstName, page: access.pageTitle, day })
        : t('accessBody', { name: order.firstName, page: access.pageTitle }),
      footer,
      action: { label: t('accessButton'), href: portalUrl(business, `/pages/${access.pageSlug}`) },
      variables: toVariables(
        { name: order.firstName, page: access.pageTitle, day: day ?? '', business: business.name },
        portalUrl(business, `/pages/${access.pageSlug}`),
      ),
    });
  }
}
