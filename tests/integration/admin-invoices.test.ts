// Issue: the admin, part 2 — invoices (lines, tax, discount, numbering, draft → issued →
// paid or void, credit notes) and payments, always inside the staff member's own business.
import { beforeAll, describe, expect, it } from 'vitest';
import { updateBusinessSettings } from '@/lib/business/business-settings';
import { db } from '@/lib/db';
import { loadMessages } from '@/lib/i18n/locales';
import { getBusinessInvoice } from '@/lib/invoices/get-business-invoice';
import { issueInvoice } from '@/lib/invoices/issue-invoice';
import { recordPayment } from '@/lib/invoices/record-payment';
import { saveDraftInvoice } from '@/lib/invoices/save-draft-invoice';
import { startCreditNote } from '@/lib/invoices/start-credit-note';
import { deleteDraftInvoice, voidInvoice } from '@/lib/invoices/void-invoice';
import { getInvoice } from '@/lib/invoices/get-client-invoice';
import { renderInvoicePdf } from '@/lib/invoices/invoice-pdf';
import { listInvoices } from '@/lib/invoices/list-client-invoices';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';
import { pdfText } from '../support/pdf-text';

const EMPTY_LEGAL = {
  legalName: '',
  legalAddress: '',
  taxNumber: '',
  defaultTaxRate: '',
  contactEmail: '',
  bankAccountHolder: '',
  bankIban: '',
  bankBic: '',
  bankAccountText: '',
};

type TBusiness = Awaited<ReturnType<typeof loadBusiness>>;
let demo: TBusiness;
let acme: TBusiness;
let staffId: string;
let clientId: string; // Giulia at Studio Demo (Italian)
let acmeClientId: string;

const loadBusiness = (slug: string) =>
  db.business.findUniqueOrThrow({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      accentColor: true,
      timezone: true,
      defaultLocale: true,
      currency: true,
    },
  });

const line = (values: Record<string, string> = {}) => ({
  description: 'Massage 60′',
  quantity: '2',
  unitPrice: '50',
  taxRate: '22',
  ...values,
});
const form = (values: Record<string, unknown> = {}) => ({
  clientId,
  dueDate: '',
  discount: '',
  notes: '',
  lines: [line()],
  ...values,
});
const payment = (values: Record<string, string> = {}) => ({
  amount: '10',
  method: 'cash',
  reference: '',
  paidOn: '2026-11-20',
  ...values,
});
const NOW = new Date('2026-11-23T10:00:00Z');

async function draft(values: Record<string, unknown> = {}) {
  const result = await saveDraftInvoice({ business: demo, values: form(values), staffIdentityId: staffId, now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.invoiceId;
}

async function issued(values: Record<string, unknown> = {}) {
  const id = await draft(values);
  const result = await issueInvoice({ business: demo, invoiceId: id, staffIdentityId: staffId, now: NOW });
  if (!result.ok) throw new Error(result.error);
  return { id, number: result.number };
}

beforeAll(async () => {
  await seedDemo();
  [demo, acme] = await Promise.all([loadBusiness('demo'), loadBusiness('acme')]);
  staffId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
  const client = await db.client.create({
    data: {
      businessId: demo.id,
      firstName: 'Giulia',
      lastName: 'Neri',
      email: 'giulia.neri@example.com',
      locale: 'it',
    },
  });
  clientId = client.id;
  acmeClientId = (await db.client.findFirstOrThrow({ where: { businessId: acme.id, isDemo: false } })).id;
}, 60_000);

describe('a draft', () => {
  it('computes lines, the discount spread before tax, and the total', async () => {
    const id = await draft({
      discount: '10',
      lines: [line(), line({ description: 'Oil', quantity: '1', unitPrice: '20,50', taxRate: '10' })],
    });
    const invoice = await getBusinessInvoice({ businessId: demo.id, invoiceId: id });
    expect(invoice).toMatchObject({ status: 'draft', number: null, subtotalMinor: 12_050, discountMinor: 1_000 });
    // 100.00 and 20.50 share the 10.00 discount (8.30 / 1.70): tax 22% of 91.70 + 10% of 18.80
    expect(invoice!.taxMinor).toBe(Math.round(9_170 * 0.22) + Math.round(1_880 * 0.1));
    expect(invoice!.totalMinor).toBe(12_050 - 1_000 + invoice!.taxMinor);
    expect(invoice!.lines.map((l) => l.totalMinor)).toEqual([10_000, 2_050]);
    // a draft is never shown to the client
    expect(await getInvoice({ businessId: demo.id, clientId, invoiceId: id })).toBeNull();
  });

  it('refuses a negative quantity, a discount above the subtotal, another business’s client: nothing written', async () => {
    const before = await db.invoice.count({ where: { businessId: demo.id } });
    const negative = await saveDraftInvoice({
      business: demo,
      values: form({ lines: [line({ quantity: '-1' })] }),
      staffIdentityId: staffId,
    });
    expect(negative).toEqual({ ok: false, error: 'invalid', fields: { 'lines.0.quantity': 'quantityPositive' } });
    const discount = await saveDraftInvoice({
      business: demo,
      values: form({ discount: '500' }),
      staffIdentityId: staffId,
    });
    expect(discount).toEqual({ ok: false, error: 'invalid', fields: { discount: 'discountTooLarge' } });
    const foreign = await saveDraftInvoice({
      business: demo,
      values: form({ clientId: acmeClientId }),
      staffIdentityId: staffId,
    });
    expect(foreign).toEqual({ ok: false, error: 'invalid', fields: { clientId: 'clientRequired' } });
    const price = await saveDraftInvoice({
      business: demo,
      values: form({ lines: [line({ unitPrice: '1.234,50' })] }),
      staffIdentityId: staffId,
    });
    expect(price).toEqual({ ok: false, error: 'invalid', fields: { 'lines.0.unitPrice': 'amount' } });
    expect(await db.invoice.count({ where: { businessId: demo.id } })).toBe(before);
  });

  it('changes while a draft, never once issued; another business cannot touch it', async () => {
    const id = await draft();
    const changed = await saveDraftInvoice({
      business: demo,
      invoiceId: id,
      values: form({ lines: [line({ quantity: '3' })] }),
      staffIdentityId: staffId,
    });
    expect(changed).toEqual({ ok: true, invoiceId: id });
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).subtotalMinor).toBe(15_000);
    const fromAcme = await saveDraftInvoice({
      business: acme,
      invoiceId: id,
      values: form({ clientId: acmeClientId }),
      staffIdentityId: staffId,
    });
    expect(fromAcme).toEqual({ ok: false, error: 'notFound' });
    expect(await issueInvoice({ business: acme, invoiceId: id, staffIdentityId: staffId })).toEqual({
      ok: false,
      error: 'notDraft',
    });
    await issueInvoice({ business: demo, invoiceId: id, staffIdentityId: staffId, now: NOW });
    const late = await saveDraftInvoice({ business: demo, invoiceId: id, values: form(), staffIdentityId: staffId });
    expect(late).toEqual({ ok: false, error: 'notDraft' });
  });
});

describe('issuing', () => {
  it('numbers per business and year, skips numbers already taken, never reuses one', async () => {
    const taken = await db.invoice.findMany({
      where: { businessId: demo.id, number: { startsWith: '2026-' } },
      select: { number: true },
    });
    const a = await issued();
    const deletedDraft = await draft();
    expect(
      await deleteDraftInvoice({ businessId: demo.id, invoiceId: deletedDraft, staffIdentityId: staffId }),
    ).toEqual({
      ok: true,
    });
    const b = await issued();
    expect(taken.map((t) => t.number)).not.toContain(a.number);
    expect(a.number).toMatch(/^2026-\d{4}$/);
    expect(Number(b.number.slice(5))).toBe(Number(a.number.slice(5)) + 1);
    // Acme has its own sequence
    const acmeDraft = await saveDraftInvoice({
      business: acme,
      values: form({ clientId: acmeClientId }),
      staffIdentityId: staffId,
      now: NOW,
    });
    const acmeIssued = await issueInvoice({
      business: acme,
      invoiceId: acmeDraft.ok ? acmeDraft.invoiceId : '',
      staffIdentityId: staffId,
      now: NOW,
    });
    expect(acmeIssued.ok && acmeIssued.number).toMatch(/^2026-\d{4}$/);
    // next year starts again at 0001
    const nextYear = await draft();
    const jan = await issueInvoice({
      business: demo,
      invoiceId: nextYear,
      staffIdentityId: staffId,
      now: new Date('2027-01-02T10:00:00Z'),
    });
    expect(jan).toMatchObject({ ok: true, number: '2027-0001' });
  });

  it('emails the client, in their language, a link to the invoice in the portal, which they then see', async () => {
    const { id, number } = await issued({ dueDate: '2026-12-15' });
    const mail = await db.outboundMessage.findFirstOrThrow({
      where: { businessId: demo.id, kind: 'invoice_issued', to: 'giulia.neri@example.com' },
      orderBy: { createdAt: 'desc' },
    });
    expect(mail.locale).toBe('it');
    expect(mail.subject).toBe(`Fattura ${number} da ${demo.name}`);
    expect(mail.text).toContain(`/p/demo/invoices/${id}`);
    expect(mail.text).toContain('15 dicembre 2026');
    const seen = await getInvoice({ businessId: demo.id, clientId, invoiceId: id });
    expect(seen).toMatchObject({ number, status: 'open' });
  });
});

describe('payments', () => {
  it('partial then full: the balance and status follow; more than the balance is refused', async () => {
    const { id } = await issued(); // 122.00
    const part = await recordPayment({
      businessId: demo.id,
      invoiceId: id,
      values: payment({ amount: '22' }),
      staffIdentityId: staffId,
      now: NOW,
    });
    expect(part.ok).toBe(true);
    expect(await db.invoice.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'open', paidMinor: 2_200 });
    const tooMuch = await recordPayment({
      businessId: demo.id,
      invoiceId: id,
      values: payment({ amount: '100.01' }),
      staffIdentityId: staffId,
      now: NOW,
    });
    expect(tooMuch).toEqual({ ok: false, error: 'invalid', fields: { amount: 'moreThanBalance' } });
    const future = await recordPayment({
      businessId: demo.id,
      invoiceId: id,
      values: payment({ amount: '1', paidOn: '2026-12-25' }),
      staffIdentityId: staffId,
      now: NOW,
    });
    expect(future).toEqual({ ok: false, error: 'invalid', fields: { paidOn: 'future' } });
    const fromAcme = await recordPayment({
      businessId: acme.id,
      invoiceId: id,
      values: payment({ amount: '1' }),
      staffIdentityId: staffId,
      now: NOW,
    });
    expect(fromAcme).toEqual({ ok: false, error: 'notFound' });
    expect(await db.payment.count({ where: { invoiceId: id } })).toBe(1);
    const rest = await recordPayment({
      businessId: demo.id,
      invoiceId: id,
      values: payment({ amount: '100', method: 'bank_transfer', reference: 'CRO 123' }),
      staffIdentityId: staffId,
      now: NOW,
    });
    expect(rest.ok).toBe(true);
    expect(await db.invoice.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'paid', paidMinor: 12_200 });
    const after = await recordPayment({
      businessId: demo.id,
      invoiceId: id,
      values: payment({ amount: '1' }),
      staffIdentityId: staffId,
      now: NOW,
    });
    expect(after).toEqual({ ok: false, error: 'notOpen' });
  });
});

describe('void and credit notes', () => {
  it('voids an unpaid invoice; a paid one needs a credit note', async () => {
    const unpaid = await issued();
    expect(await voidInvoice({ businessId: acme.id, invoiceId: unpaid.id, staffIdentityId: staffId })).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await voidInvoice({ businessId: demo.id, invoiceId: unpaid.id, staffIdentityId: staffId })).toEqual({
      ok: true,
    });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: unpaid.id } })).status).toBe('void');
    const paid = await issued();
    await recordPayment({
      businessId: demo.id,
      invoiceId: paid.id,
      values: payment(),
      staffIdentityId: staffId,
      now: NOW,
    });
    expect(await voidInvoice({ businessId: demo.id, invoiceId: paid.id, staffIdentityId: staffId })).toEqual({
      ok: false,
      error: 'hasPayments',
    });
  });

  it('a credit note takes its lines from the invoice, is numbered on its own, and lowers the balance', async () => {
    const original = await issued(); // 122.00
    expect(await startCreditNote({ businessId: acme.id, invoiceId: original.id, staffIdentityId: staffId })).toEqual({
      ok: false,
      error: 'notIssued',
    });
    const started = await startCreditNote({ businessId: demo.id, invoiceId: original.id, staffIdentityId: staffId });
    if (!started.ok) throw new Error(started.error);
    // credit half: one of the two massages
    await saveDraftInvoice({
      business: demo,
      invoiceId: started.invoiceId,
      values: form({ lines: [line({ quantity: '1' })] }),
      staffIdentityId: staffId,
    });
    const note = await issueInvoice({
      business: demo,
      invoiceId: started.invoiceId,
      staffIdentityId: staffId,
      now: NOW,
    });
    expect(note).toMatchObject({ ok: true, number: expect.stringMatching(/^CN-2026-\d{4}$/) });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: original.id } })).toMatchObject({
      status: 'open',
      creditedMinor: 6_100,
    });
    // the client sees the credit note, and the balance due no longer counts the credited half
    const list = await listInvoices({
      businessId: demo.id,
      clientId,
      filter: 'all',
      page: 1,
      timezone: 'Europe/Rome',
      now: NOW,
    });
    expect(list.items.find((i) => i.id === started.invoiceId)?.displayStatus).toBe('credit');
    // more than what is left to credit is refused
    const second = await startCreditNote({ businessId: demo.id, invoiceId: original.id, staffIdentityId: staffId });
    if (!second.ok) throw new Error(second.error);
    await saveDraftInvoice({
      business: demo,
      invoiceId: second.invoiceId,
      values: form({ lines: [line({ quantity: '2' })] }),
      staffIdentityId: staffId,
    });
    expect(await issueInvoice({ business: demo, invoiceId: second.invoiceId, staffIdentityId: staffId })).toEqual({
      ok: false,
      error: 'creditTooLarge',
    });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: second.invoiceId } })).number).toBeNull();
    // the rest, exactly: nothing paid, so the invoice ends void
    await saveDraftInvoice({
      business: demo,
      invoiceId: second.invoiceId,
      values: form({ lines: [line({ quantity: '1' })] }),
      staffIdentityId: staffId,
    });
    expect((await issueInvoice({ business: demo, invoiceId: second.invoiceId, staffIdentityId: staffId })).ok).toBe(
      true,
    );
    expect((await db.invoice.findUniqueOrThrow({ where: { id: original.id } })).status).toBe('void');
  });
});

describe('legal details', () => {
  it('the business’s and the client’s are printed on the PDF; an empty field is stored as not set', async () => {
    const saved = await updateBusinessSettings({
      businessId: demo.id,
      section: 'legal',
      values: { ...EMPTY_LEGAL, legalName: 'Studio Demo S.r.l.', legalAddress: 'Via Roma 1\n20100 Milano' },
      staffIdentityId: staffId,
    });
    expect(saved).toEqual({ ok: true });
    expect(await db.business.findUniqueOrThrow({ where: { id: demo.id } })).toMatchObject({
      legalName: 'Studio Demo S.r.l.',
      taxNumber: null,
    });
    await db.business.update({ where: { id: demo.id }, data: { taxNumber: 'IT01234567890' } });
    await db.client.update({ where: { id: clientId }, data: { taxNumber: 'NRIGLI80A41F205X' } });
    const { id } = await issued();
    const invoice = (await getInvoice({ businessId: demo.id, clientId, invoiceId: id }))!;
    const card = await db.client.findUniqueOrThrow({ where: { id: clientId } });
    const text = pdfText(
      await renderInvoicePdf(invoice, {
        locale: 'it',
        messages: await loadMessages('it'),
        business: { ...demo, accentColor: demo.accentColor },
        client: card,
      }),
    );
    for (const expected of ['Studio Demo S.r.l.', 'Via Roma 1', 'IT01234567890', 'NRIGLI80A41F205X', 'Intestata a'])
      expect(text).toContain(expected);
  });
});
