import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestCode } from '@/lib/auth/codes/request-code';
import { db } from '@/lib/db';
import { loadMessages, locales, regionalLocale } from '@/lib/i18n/locales';
import { getInvoice } from '@/lib/invoices/get-client-invoice';
import { renderInvoicePdf } from '@/lib/invoices/invoice-pdf';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let card: Awaited<ReturnType<typeof findCard>>;
const findCard = () =>
  db.client.findFirstOrThrow({
    where: { email: DEMO_CREDENTIALS.client.email, business: { slug: 'acme' } },
    include: { business: true },
  });

beforeAll(async () => {
  await seedDemo();
  card = await findCard();
}, 60_000);

describe('every language is complete where clients read it', () => {
  it.each(locales)('%s: the sign-in code email is written in the card’s language', async (locale) => {
    await db.client.update({ where: { id: card.id }, data: { locale } });
    await db.outboundMessage.deleteMany({});
    const result = await requestCode({
      purpose: 'sign_in',
      portal: 'acme',
      identifier: card.email!,
      now: new Date(Date.now() + locales.indexOf(locale) * 2 * 3600_000), // each outside the last one’s limits
    });
    if (result.outcome !== 'sent') throw new Error(result.outcome);
    expect(await result.deliver()).toBe('sent');
    const message = await db.outboundMessage.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    const subject = (await loadMessages(locale)).emails.oneTimeCode.subject.split('{')[0];
    expect(message.subject?.startsWith(subject)).toBe(true);
    expect(message.locale).toBe(locale);
    await db.client.update({ where: { id: card.id }, data: { locale: null } });
  });

  it.each(locales)('%s: an invoice PDF is titled in that language', async (locale) => {
    const row = await db.invoice.findFirstOrThrow({
      where: { clientId: card.id, status: { not: 'draft' } },
      orderBy: { number: 'asc' },
    });
    const invoice = (await getInvoice({ businessId: card.businessId, clientId: card.id, invoiceId: row.id }))!;
    const messages = await loadMessages(locale);
    const bytes = await renderInvoicePdf(invoice, {
      locale: regionalLocale(locale, card.business.country),
      messages,
      business: card.business,
      client: card,
    });
    const title = (await PDFDocument.load(bytes)).getTitle();
    expect(title).toBe(messages.invoices.number.replace('{number}', invoice.number!));
  });
});
