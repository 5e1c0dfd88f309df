import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { loadMessages } from '@/lib/i18n/locales';
import { getInvoice } from '@/lib/invoices/get-client-invoice';
import { renderInvoicePdf, renderReceiptPdf } from '@/lib/invoices/invoice-pdf';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

beforeAll(async () => {
  await seedDemo();
}, 60_000);

describe('invoice and receipt PDFs', () => {
  it('are valid PDFs titled with the invoice number, in the reader’s language', async () => {
    const card = await db.client.findFirstOrThrow({
      where: { email: DEMO_CREDENTIALS.client.email, business: { slug: 'demo' } },
      include: { business: true },
    });
    const row = await db.invoice.findFirstOrThrow({ where: { clientId: card.id }, orderBy: { number: 'asc' } });
    const invoice = (await getInvoice({ businessId: card.businessId, clientId: card.id, invoiceId: row.id }))!;
    for (const [locale, word] of [
      ['it', 'Fattura'],
      ['en', 'Invoice'],
    ] as const) {
      const bytes = await renderInvoicePdf(invoice, {
        locale,
        messages: await loadMessages(locale),
        business: card.business,
        client: card,
      });
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = await PDFDocument.load(bytes); // throws on a malformed file
      expect(pdf.getPageCount()).toBe(1);
      expect(pdf.getTitle()).toBe(`${word} ${invoice.number}`);
    }
    const payment = await db.payment.findFirstOrThrow({
      where: { clientId: card.id, invoiceId: { not: null } },
      include: { invoice: true },
    });
    const receipt = await PDFDocument.load(
      await renderReceiptPdf(payment, {
        locale: 'en',
        messages: await loadMessages('en'),
        business: card.business,
        client: card,
      }),
    );
    expect(receipt.getTitle()).toBe(`Receipt ${payment.reference}`);
  });
});
