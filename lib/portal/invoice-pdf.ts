import 'server-only';
import PDFDocument from 'pdfkit';
import { pdfBuffer } from '@/lib/pdf-buffer';
import { createTranslator } from 'next-intl';
import type { TMessages } from '@/lib/i18n/locales';
import { brandColors } from '@/lib/branding/contrast';

type TPdfContext = {
  locale: string;
  messages: TMessages;
  business: { name: string; accentColor: string; timezone: string };
  client: { firstName: string; lastName: string; email: string | null };
};

type TInvoice = {
  number: string | null;
  kind?: string;
  discountMinor?: number;
  creditedMinor?: number;
  /** the seller's legal details, printed under the title */
  business?: { legalName: string | null; legalAddress: string | null; taxNumber: string | null };
  /** the buyer's billing details */
  client?: { billingAddress: string | null; taxNumber: string | null };
  /** for a credit note: the number of the invoice it corrects */
  corrects?: string | null;
  currency: string;
  displayStatus: string;
  issuedAt: Date;
  dueAt: Date | null;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  paidMinor: number;
  lines: { description: string; quantity: number; unitPriceMinor: number; totalMinor: number }[];
  payments: { amountMinor: number; method: string; reference: string | null; paidAt: Date }[];
};

function header(doc: PDFKit.PDFDocument, ctx: TPdfContext, title: string) {
  const { accent, onAccent } = brandColors(ctx.business.accentColor);
  doc.rect(0, 0, doc.page.width, 70).fill(accent);
  doc.fill(onAccent).font('Helvetica-Bold').fontSize(18).text(ctx.business.name, 50, 26);
  doc.fill('#111827').font('Helvetica-Bold').fontSize(20).text(title, 50, 100);
  doc.moveDown(0.5).font('Helvetica').fontSize(10);
}

/** An invoice as a PDF (pdfkit), with the business's branding, in the reader's language. */
export async function renderInvoicePdf(invoice: TInvoice, ctx: TPdfContext) {
  const t = createTranslator({ locale: ctx.locale, messages: ctx.messages, namespace: 'invoices' });
  const tp = createTranslator({ locale: ctx.locale, messages: ctx.messages, namespace: 'payments' });
  const money = (minor: number) =>
    new Intl.NumberFormat(ctx.locale, { style: 'currency', currency: invoice.currency }).format(minor / 100);
  const date = (d: Date | null) =>
    d ? new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeZone: ctx.business.timezone }).format(d) : '—';
  const title = t(invoice.kind === 'credit_note' ? 'creditNumber' : 'number', { number: invoice.number ?? '' });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: title, Author: ctx.business.name, Subject: title },
  });
  header(doc, ctx, title);
  const seller = invoice.business;
  if (seller) {
    doc
      .font('Helvetica-Bold')
      .text(seller.legalName || ctx.business.name)
      .font('Helvetica');
    if (seller.legalAddress) doc.text(seller.legalAddress);
    if (seller.taxNumber) doc.text(t('taxNumber', { number: seller.taxNumber }));
    doc.moveDown(0.5);
  }
  if (invoice.corrects) doc.text(t('corrects', { number: invoice.corrects }));
  doc.text(
    `${t('issued')}: ${date(invoice.issuedAt)}    ${t('due')}: ${date(invoice.dueAt)}    ${t(`status.${invoice.displayStatus as 'open'}`)}`,
  );
  doc.moveDown().font('Helvetica-Bold').text(t('billTo')).font('Helvetica');
  doc.text(`${ctx.client.firstName} ${ctx.client.lastName}`.trim());
  if (invoice.client?.billingAddress) doc.text(invoice.client.billingAddress);
  if (invoice.client?.taxNumber) doc.text(t('taxNumber', { number: invoice.client.taxNumber }));
  if (ctx.client.email) doc.text(ctx.client.email);
  doc.moveDown().font('Helvetica-Bold').text(t('lines')).font('Helvetica');
  for (const line of invoice.lines) {
    doc
      .text(`${line.description}  ×${line.quantity}  ${money(line.unitPriceMinor)}`, { continued: true })
      .text(`  ${money(line.totalMinor)}`, { align: 'right' });
  }
  doc.moveDown();
  const credited = invoice.creditedMinor ?? 0;
  const rows: [string, number][] = [[t('subtotal'), invoice.subtotalMinor]];
  if (invoice.discountMinor) rows.push([t('discount'), -invoice.discountMinor]);
  rows.push([t('tax'), invoice.taxMinor], [t('total'), invoice.totalMinor]);
  if (invoice.kind !== 'credit_note') {
    rows.push([t('paid'), invoice.paidMinor]);
    if (credited) rows.push([t('credited'), credited]);
    rows.push([t('balance'), Math.max(0, invoice.totalMinor - invoice.paidMinor - credited)]);
  }
  for (const [label, value] of rows) {
    doc.text(`${label}: ${money(value)}`, { align: 'right' });
  }
  if (invoice.payments.length) {
    doc.moveDown().font('Helvetica-Bold').text(t('paymentsApplied')).font('Helvetica');
    for (const p of invoice.payments)
      doc.text(
        `${date(p.paidAt)}  ${tp(`methods.${p.method as 'card'}`)}${p.reference ? `  ${p.reference}` : ''}  ${money(p.amountMinor)}`,
      );
  }
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
    payment.amountMinor / 100,
  );
  const title = t('receiptTitle', { reference: payment.reference ?? payment.id.slice(-8).toUpperCase() });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: title, Author: ctx.business.name, Subject: title },
  });
  header(doc, ctx, title);
  doc.text(
    `${t('date')}: ${new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeZone: ctx.business.timezone }).format(payment.paidAt)}`,
  );
  doc.text(`${t('method')}: ${t(`methods.${payment.method as 'card'}`)}`);
  if (payment.reference) doc.text(`${t('reference')}: ${payment.reference}`);
  if (payment.invoice) doc.text(`${t('invoice')}: ${ti('number', { number: payment.invoice.number ?? '' })}`);
  doc.moveDown().text(`${ctx.client.firstName} ${ctx.client.lastName}`.trim());
  doc
    .moveDown()
    .font('Helvetica-Bold')
    .fontSize(16)
    .text(`${t('amount')}: ${money}`);
  return pdfBuffer(doc);
}
