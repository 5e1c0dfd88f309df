import 'server-only';
import { createTranslator } from 'next-intl';
import QRCode from 'qrcode';
import { brandColors } from '@/lib/format/contrast';
import type { TMessages } from '@/lib/i18n/locales';
import { epcPayload, transferDetails, type TBankDetails } from '@/lib/business/bank-transfer';
import { invoiceFigures, type TFigureRow } from '@/lib/invoices/invoice-figures';
import { toMajor } from '@/lib/format/money';
import { pdfBuffer } from '@/lib/pdf-buffer';
import { porticoPdf, type TPorticoPdf } from '@/lib/pdf-document';
import { formatDay } from '@/lib/time/calendar-day';

type TPdfContext = {
  locale: string;
  messages: TMessages;
  business: { name: string; accentColor: string; timezone: string };
  client: { firstName: string; lastName: string; email: string | null };
};

type TInvoice = {
  number: string | null;
  kind?: string;
  discountMinor: number;
  creditedMinor: number;
  notes: string | null;
  /** the seller's legal details, printed under the title, and how to pay it by transfer */
  business?: {
    legalName: string | null;
    legalAddress: string | null;
    taxNumber: string | null;
  } & Partial<TBankDetails>;
  /** the buyer's billing details */
  client?: { billingAddress: string | null; taxNumber: string | null };
  /** for a credit note: the number of the invoice it corrects */
  corrects?: string | null;
  currency: string;
  status: string;
  displayStatus: string;
  issuedAt: Date;
  /** a calendar day ("2026-12-21") */
  dueOn: string | null;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  paidMinor: number;
  lines: { description: string; quantity: number; unitPriceMinor: number; taxRateBp: number; totalMinor: number }[];
  payments: { amountMinor: number; method: string; reference: string | null; paidAt: Date }[];
};

function header(pdf: TPorticoPdf, ctx: TPdfContext, title: string) {
  const { doc } = pdf;
  const { accent, onAccent } = brandColors(ctx.business.accentColor);
  pdf.artifact(() => doc.rect(0, 0, doc.page.width, 70).fill(accent));
  pdf.tagged('P', () => doc.fill(onAccent).font('bold').fontSize(18).text(ctx.business.name, 50, 26));
  pdf.tagged('H1', () => doc.fill('#111827').font('bold').fontSize(20).text(title, 50, 100));
  doc.moveDown(0.5).font('regular').fontSize(10);
}

/** The reference a transfer for this invoice carries: its number. */
const invoiceTransferReference = (invoice: { number: string | null }) => invoice.number ?? '';

/**
 * An invoice as a PDF (pdfkit), with the business's branding, in the reader's language:
 * the same lines, discount, taxes, total, balance and note as its pages and email (from
 * invoiceFigures), and for an open invoice how to pay it by transfer, with a SEPA QR code for euros.
 */
export async function renderInvoicePdf(invoice: TInvoice, ctx: TPdfContext) {
  const t = createTranslator({ locale: ctx.locale, messages: ctx.messages, namespace: 'invoices' });
  const tp = createTranslator({ locale: ctx.locale, messages: ctx.messages, namespace: 'payments' });
  const tt = createTranslator({ locale: ctx.locale, messages: ctx.messages, namespace: 'transfer' });
  const moneyFormat = new Intl.NumberFormat(ctx.locale, { style: 'currency', currency: invoice.currency });
  const money = (minor: number) => moneyFormat.format(toMajor(minor, invoice.currency));
  const percent = (bp: number) =>
    new Intl.NumberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);
  const date = (d: Date) =>
    new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeZone: ctx.business.timezone }).format(d);
  const title = t(invoice.kind === 'credit_note' ? 'creditNumber' : 'number', { number: invoice.number ?? '' });
  const pdf = porticoPdf({ title, author: ctx.business.name, lang: ctx.locale });
  const { doc } = pdf;
  const text = (value: string, options?: PDFKit.Mixins.TextOptions) => pdf.tagged('P', () => doc.text(value, options));
  const heading = (value: string) => pdf.tagged('H2', () => doc.moveDown().font('bold').text(value).font('regular'));
  header(pdf, ctx, title);
  const seller = invoice.business;
  if (seller) {
    pdf.tagged('P', () =>
      doc
        .font('bold')
        .text(seller.legalName || ctx.business.name)
        .font('regular'),
    );
    if (seller.legalAddress) text(seller.legalAddress);
    if (seller.taxNumber) text(t('taxNumber', { number: seller.taxNumber }));
    doc.moveDown(0.5);
  }
  if (invoice.corrects) text(t('corrects', { number: invoice.corrects }));
  text(
    `${t('issued')}: ${date(invoice.issuedAt)}    ${t('due')}: ${invoice.dueOn ? formatDay(invoice.dueOn, ctx.locale) : '—'}    ${t(`status.${invoice.displayStatus as 'open'}`)}`,
  );
  heading(t('billTo'));
  text(`${ctx.client.firstName} ${ctx.client.lastName}`.trim());
  if (invoice.client?.billingAddress) text(invoice.client.billingAddress);
  if (invoice.client?.taxNumber) text(t('taxNumber', { number: invoice.client.taxNumber }));
  if (ctx.client.email) text(ctx.client.email);

  const figures = invoiceFigures(invoice);
  heading(t('lines'));
  for (const line of figures.lines) {
    const tax = line.taxRateBp ? `  ${t('tax')} ${percent(line.taxRateBp)}` : '';
    pdf.tagged('P', () =>
      doc
        .text(`${line.description}  ×${line.quantity}  ${money(line.unitPriceMinor)}${tax}`, { continued: true })
        .text(`  ${money(line.netMinor)}`, { align: 'right' }),
    );
  }
  doc.moveDown();
  const label = (row: TFigureRow) =>
    row.key === 'tax' && row.rateBp !== null ? t('taxAt', { rate: percent(row.rateBp) }) : t(row.key);
  for (const row of figures.rows) text(`${label(row)}: ${money(row.minor)}`, { align: 'right' });
  if (figures.note) {
    heading(t('note'));
    text(figures.note);
  }
  if (invoice.payments.length) {
    heading(t('paymentsApplied'));
    for (const p of invoice.payments)
      text(
        `${date(p.paidAt)}  ${tp(`methods.${p.method as 'card'}`)}${p.reference ? `  ${p.reference}` : ''}  ${money(p.amountMinor)}`,
      );
  }
  const bank = seller
    ? transferDetails(
        { bankAccountHolder: null, bankIban: null, bankBic: null, bankAccountText: null, ...seller },
        seller.legalName || ctx.business.name,
      )
    : null;
  if (bank && invoice.kind !== 'credit_note' && invoice.status === 'open' && figures.balanceMinor > 0) {
    const reference = invoiceTransferReference(invoice);
    heading(tt('title'));
    text(`${tt('holder')}: ${bank.holder}`);
    if (bank.iban) text(`${tt('iban')}: ${bank.iban}`);
    if (bank.bic) text(`${tt('bic')}: ${bank.bic}`);
    if (bank.account) text(`${tt('account')}: ${bank.account}`);
    text(`${tt('amount')}: ${money(figures.balanceMinor)}`);
    text(`${tt('reference')}: ${reference}`);
    const payload = bank.iban
      ? epcPayload({
          holder: bank.holder,
          iban: bank.iban,
          bic: bank.bic,
          amountMinor: figures.balanceMinor,
          currency: invoice.currency,
          reference,
        })
      : null;
    if (payload) {
      const png = await QRCode.toBuffer(payload, { errorCorrectionLevel: 'M', margin: 4, scale: 4 });
      const alt = tt('qrAlt', { amount: money(figures.balanceMinor), holder: bank.holder, reference });
      pdf.figure(alt, () => doc.image(png, { fit: [130, 130] }));
      text(tt('qrHint'));
    }
  }
  pdf.finish();
  return pdfBuffer(doc);
}

/** A payment receipt as a PDF. */
export async function renderReceiptPdf(
  payment: {
    id: string;
    amountMinor: number;
    currency: string;
    method: string;
    reference: string | null;
    paidAt: Date;
    invoice: { number: string | null } | null;
  },
  ctx: TPdfContext,
) {
  const t = createTranslator({ locale: ctx.locale, messages: ctx.messages, namespace: 'payments' });
  const ti = createTranslator({ locale: ctx.locale, messages: ctx.messages, namespace: 'invoices' });
  const money = new Intl.NumberFormat(ctx.locale, { style: 'currency', currency: payment.currency }).format(
    toMajor(payment.amountMinor, payment.currency),
  );
  const title = t('receiptTitle', { reference: payment.reference ?? payment.id.slice(-8).toUpperCase() });
  const pdf = porticoPdf({ title, author: ctx.business.name, lang: ctx.locale });
  const { doc } = pdf;
  const text = (value: string) => pdf.tagged('P', () => doc.text(value));
  header(pdf, ctx, title);
  text(
    `${t('date')}: ${new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeZone: ctx.business.timezone }).format(payment.paidAt)}`,
  );
  text(`${t('method')}: ${t(`methods.${payment.method as 'card'}`)}`);
  if (payment.reference) text(`${t('reference')}: ${payment.reference}`);
  if (payment.invoice) text(`${t('invoice')}: ${ti('number', { number: payment.invoice.number ?? '' })}`);
  doc.moveDown();
  text(`${ctx.client.firstName} ${ctx.client.lastName}`.trim());
  doc.moveDown();
  pdf.tagged('P', () =>
    doc
      .font('bold')
      .fontSize(16)
      .text(`${t('amount')}: ${money}`),
  );
  pdf.finish();
  return pdfBuffer(doc);
}
