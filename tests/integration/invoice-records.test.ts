// Issue 25 §1–§3: an invoice reads the same on every page, PDF and email; a due date is a
// calendar day; a client pays by transfer from the bank details and the SEPA QR code; every
// alphabet prints in every PDF Portico makes.
import jsQR from 'jsqr';
import { beforeAll, describe, expect, it } from 'vitest';
import { updateBusinessSettings } from '@/lib/business/business-settings';
import { db } from '@/lib/db';
import { loadMessages } from '@/lib/i18n/locales';
import { getBusinessInvoice } from '@/lib/invoices/get-business-invoice';
import { invoiceFigures } from '@/lib/invoices/invoice-figures';
import { issueInvoice } from '@/lib/invoices/issue-invoice';
import { saveDraftInvoice } from '@/lib/invoices/save-draft-invoice';
import { getInvoice } from '@/lib/invoices/get-client-invoice';
import { renderInvoicePdf, renderReceiptPdf } from '@/lib/invoices/invoice-pdf';
import { listInvoices } from '@/lib/invoices/list-client-invoices';
import { titlePagePdf } from '@/lib/title-page-pdf';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';
import { pdfFonts, pdfInfo, pdfPageImage, pdfText } from '../support/pdf-text';

const NOW = new Date('2026-12-01T10:00:00Z');
const LEGAL = {
  legalName: 'Studio Demo S.r.l.',
  legalAddress: 'Via Roma 1',
  taxNumber: '',
  defaultTaxRate: '22',
  contactEmail: '',
  bankAccountHolder: 'Studio Demo S.r.l.',
  bankIban: 'it60 x054 2811 1010 0000 0123 456',
  bankBic: 'bppiitrrxxx',
  bankAccountText: '',
};

let business: Awaited<ReturnType<typeof loadBusiness>>;
let staffId: string;
let clientId: string;

const loadBusiness = () =>
  db.business.findUniqueOrThrow({
    where: { slug: 'demo' },
    select: {
      id: true,
      slug: true,
      name: true,
      accentColor: true,
      timezone: true,
      defaultLocale: true,
      currency: true,
      country: true,
    },
  });

/** The issue's own invoice: 65.00 net after a 5.00 discount, 13.20 tax (two rates), a note. */
async function issuedInvoice(values: Record<string, unknown> = {}) {
  const saved = await saveDraftInvoice({
    business,
    staffIdentityId: staffId,
    now: NOW,
    values: {
      clientId,
      dueDate: '2026-12-21',
      discount: '5',
      notes: 'Grazie! Ștefan, paga entro venerdì.',
      lines: [
        { description: 'Łódź ✓ massaggio', quantity: '1', unitPrice: '50', taxRate: '22' },
        { description: 'Ελληνικά · Кириллица', quantity: '2', unitPrice: '10', taxRate: '11' },
      ],
      ...values,
    },
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const issued = await issueInvoice({ business, invoiceId: saved.invoiceId, staffIdentityId: staffId, now: NOW });
  if (!issued.ok) throw new Error(issued.error);
  return saved.invoiceId;
}

async function pdfOf(invoiceId: string, locale: 'en' | 'it' = 'en') {
  const invoice = (await getInvoice({ businessId: business.id, clientId, invoiceId, now: NOW }))!;
  const card = await db.client.findUniqueOrThrow({ where: { id: clientId } });
  return renderInvoicePdf(invoice, { locale, messages: await loadMessages(locale), business, client: card });
}

beforeAll(async () => {
  await seedDemo();
  await db.business.update({ where: { slug: 'demo' }, data: { timezone: 'Europe/Rome' } });
  business = await loadBusiness();
  staffId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
  const saved = await updateBusinessSettings({
    businessId: business.id,
    section: 'legal',
    values: LEGAL,
    staffIdentityId: staffId,
  });
  expect(saved).toEqual({ ok: true });
  clientId = (
    await db.client.create({
      data: {
        businessId: business.id,
        firstName: 'Ștefan',
        lastName: 'Țăranu',
        email: 'stefan.taranu@example.com',
        locale: 'en',
      },
    })
  ).id;
}, 60_000);

describe('an invoice reads the same everywhere', () => {
  it('the pages, the PDF and the email show the same lines, discount, taxes, total, balance and note', async () => {
    const id = await issuedInvoice();
    const forClient = (await getInvoice({ businessId: business.id, clientId, invoiceId: id, now: NOW }))!;
    const forStaff = (await getBusinessInvoice({ businessId: business.id, invoiceId: id, now: NOW }))!;
    const figures = invoiceFigures(forClient);
    // the client's page and the admin's read one function: the same figures
    expect(invoiceFigures(forStaff)).toEqual(figures);
    expect(figures.rows).toEqual([
      { key: 'subtotal', minor: 7000 },
      { key: 'discount', minor: -500 },
      // 50 − 3.57 discount share at 22 % = 10.214…; 20 − 1.43 at 11 % = 2.04…
      { key: 'tax', minor: 1021, rateBp: 2200 },
      { key: 'tax', minor: 204, rateBp: 1100 },
      { key: 'total', minor: 7725 },
      { key: 'paid', minor: 0 },
      { key: 'balance', minor: 7725 },
    ]);
    expect(figures.note).toBe('Grazie! Ștefan, paga entro venerdì.');
    // net + taxes = total, on what every view prints
    const sum = (key: string) => figures.rows.filter((r) => r.key === key).reduce((a, r) => a + r.minor, 0);
    expect(sum('subtotal') + sum('discount') + sum('tax')).toBe(sum('total'));

    const text = pdfText(await pdfOf(id)).replace(/\s+/g, ' ');
    for (const expected of [
      'Subtotal: €70.00',
      'Discount: -€5.00',
      'Tax 22%: €10.21',
      'Tax 11%: €2.04',
      'Total: €77.25',
      'Balance due: €77.25',
      'Grazie! Ștefan, paga entro venerdì.',
    ])
      expect(text).toContain(expected);

    const email = await db.outboundMessage.findFirstOrThrow({
      where: { to: 'stefan.taranu@example.com', kind: 'invoice_issued' },
      orderBy: { createdAt: 'desc' },
    });
    const mail = email.text.replace(/\s+/g, ' ');
    for (const expected of ['Subtotal €70.00', 'Discount -€5.00', 'Tax 22% €10.21', 'Tax 11% €2.04', 'Total €77.25'])
      expect(mail).toContain(expected);
    expect(mail).toContain('Grazie! Ștefan, paga entro venerdì.');
  });
});

describe('a due date is a calendar day', () => {
  it('21 December stays 21 December in Rome on the pages, the PDF and the email, and is overdue once the 22nd begins there', async () => {
    const id = await issuedInvoice();
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).dueOn).toBe('2026-12-21');
    const at = (instant: string) =>
      getInvoice({ businessId: business.id, clientId, invoiceId: id, now: new Date(instant) }).then(
        (i) => i!.displayStatus,
      );
    // 23:30 on the 21st in Rome: still due today
    expect(await at('2026-12-21T22:30:00Z')).toBe('open');
    // 00:30 on the 22nd in Rome (still the 21st in UTC): overdue
    expect(await at('2026-12-21T23:30:00Z')).toBe('overdue');
    const overdue = await listInvoices({
      businessId: business.id,
      clientId,
      filter: 'overdue',
      page: 1,
      timezone: business.timezone,
      now: new Date('2026-12-21T23:30:00Z'),
    });
    expect(overdue.items.map((i) => i.id)).toContain(id);
    expect(pdfText(await pdfOf(id))).toContain('Due: Dec 21, 2026');
    expect(pdfText(await pdfOf(id, 'it'))).toContain('Scadenza: 21 dic 2026');
    const email = await db.outboundMessage.findFirstOrThrow({
      where: { to: 'stefan.taranu@example.com', kind: 'invoice_issued' },
      orderBy: { createdAt: 'desc' },
    });
    // English for a business in Italy: day first
    expect(email.text).toContain('due by 21 December 2026');
  });
});

describe('getting paid without Stripe', () => {
  it('a wrong IBAN or BIC is refused with its own message and changes nothing', async () => {
    for (const [field, value, error] of [
      ['bankIban', 'IT60X0542811101000000123457', 'ibanInvalid'],
      ['bankBic', 'BPPI', 'bicInvalid'],
      ['defaultTaxRate', '101', 'taxRateInvalid'],
    ] as const) {
      const result = await updateBusinessSettings({
        businessId: business.id,
        section: 'legal',
        values: { ...LEGAL, [field]: value },
        staffIdentityId: staffId,
      });
      expect(result).toMatchObject({ ok: false, error: 'invalid', fields: { [field]: error } });
    }
    expect(await db.business.findUniqueOrThrow({ where: { id: business.id } })).toMatchObject({
      bankIban: 'IT60X0542811101000000123456',
      bankBic: 'BPPIITRRXXX',
      defaultTaxRateBp: 2200,
    });
  });

  it('the PDF prints the bank details with the reference, and its QR code decodes to the exact EPC payload', async () => {
    const id = await issuedInvoice();
    const { number } = await db.invoice.findUniqueOrThrow({ where: { id } });
    const bytes = await pdfOf(id);
    const text = pdfText(bytes);
    for (const expected of ['IT60 X054 2811 1010 0000 0123 456', 'BPPIITRRXXX', `Reference: ${number}`])
      expect(text).toContain(expected);
    const page = pdfPageImage(bytes);
    const code = jsQR(page.data, page.width, page.height);
    expect(code?.data).toBe(
      [
        'BCD',
        '002',
        '1',
        'SCT',
        'BPPIITRRXXX',
        'Studio Demo S.r.l.',
        'IT60X0542811101000000123456',
        'EUR77.25',
        '',
        '',
        number,
      ].join('\n'),
    );
  });
});

describe('every alphabet prints', () => {
  it('every PDF Portico makes embeds its fonts, and names in any alphabet come back exactly', async () => {
    const id = await issuedInvoice();
    const card = await db.client.findUniqueOrThrow({ where: { id: clientId } });
    const ctx = { locale: 'en', messages: await loadMessages('en'), business, client: card };
    const pdfs = {
      invoice: await pdfOf(id),
      receipt: await renderReceiptPdf(
        {
          id: 'pay1',
          amountMinor: 7725,
          currency: 'EUR',
          method: 'bank_transfer',
          reference: 'Bonifico-Ș1',
          paidAt: NOW,
          invoice: { number: 'Ș-1' },
        },
        ctx,
      ),
      document: await titlePagePdf('Studio Demo - Łódź ✓ Ștefan Țăranu'),
    };
    for (const [kind, bytes] of Object.entries(pdfs)) {
      const fonts = pdfFonts(bytes);
      expect(fonts.length, kind).toBeGreaterThan(0);
      for (const font of fonts) expect(font, kind).toMatchObject({ embedded: true, subset: true, unicode: true });
      // PDF/A-2a, declared in the XMP metadata
      expect(pdfInfo(bytes), kind).toMatch(/pdfaid:part[>="]+2/);
    }
    expect(pdfText(pdfs.invoice)).toContain('Ștefan Țăranu');
    expect(pdfText(pdfs.invoice)).toContain('Łódź ✓ massaggio');
    expect(pdfText(pdfs.invoice)).toContain('Ελληνικά · Кириллица');
    expect(pdfText(pdfs.receipt)).toContain('Reference: Bonifico-Ș1');
    expect(pdfText(pdfs.document)).toContain('Łódź ✓ Ștefan Țăranu');
  });
});
