import 'server-only';
import { createTranslator } from 'next-intl';
import { portalUrl } from '@/lib/business/portal-url';
import { db } from '@/lib/db';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { dayForFormat } from '@/lib/time/calendar-day';
import { invoiceFigures, type TFigureRow } from './invoice-figures';
import { toMajor } from '../format/money';
import type { TSenderBusiness } from '@/lib/business/sender-business';
import { recipientWords } from '@/lib/i18n/recipient-words';
import { pushNotice } from '@/lib/messaging/push-notice';

/**
 * After an invoice (or credit note) is issued: the client is emailed, in their
 * language, with its lines, discount, taxes, total, balance and note (the same figures
 * as its pages and PDF) and a link to it in the portal. No email on the card: no email. An
 * invoice also notifies the phones where the client turned on notifications of new invoices.
 */
export async function notifyClientOfInvoice({ business, invoiceId }: { business: TSenderBusiness; invoiceId: string }) {
  const invoice = await db.invoice.findFirstOrThrow({
    where: { id: invoiceId, businessId: business.id },
    select: {
      id: true,
      kind: true,
      number: true,
      subtotalMinor: true,
      discountMinor: true,
      taxMinor: true,
      totalMinor: true,
      paidMinor: true,
      creditedMinor: true,
      notes: true,
      currency: true,
      dueOn: true,
      lines: {
        select: { description: true, quantity: true, unitPriceMinor: true, taxRateBp: true, totalMinor: true },
        orderBy: { position: 'asc' },
      },
      client: { select: { id: true, email: true, locale: true, firstName: true, isDemo: true } },
    },
  });
  const { client } = invoice;
  if (client.isDemo) return false;
  // the phones that asked for it: one sentence, no figures (a locked screen shows it)
  if (invoice.kind === 'invoice')
    await pushNotice({ business, client, kind: 'invoice', path: `/invoices/${invoice.id}` });
  if (!client.email) return false;
  // built from the catalogue, not the request: the client's language, whoever issues it
  const { locale, messages, t, tEmails, format } = await recipientWords(client.locale, business, 'invoiceEmail');
  const ti = createTranslator({ locale, messages, namespace: 'invoices' });
  const money = (minor: number) =>
    format.number(toMajor(minor, invoice.currency), { style: 'currency', currency: invoice.currency });
  const percent = (bp: number) => format.number(bp / 10_000, { style: 'percent', maximumFractionDigits: 2 });
  const values = {
    business: business.name,
    number: invoice.number ?? '',
    name: client.firstName,
    amount: money(invoice.totalMinor),
    // a calendar day: the same day in every timezone
    due: invoice.dueOn ? format.dateTime(dayForFormat(invoice.dueOn), { dateStyle: 'long', timeZone: 'UTC' }) : '',
  };
  const figures = invoiceFigures(invoice);
  const label = (row: TFigureRow) =>
    row.key === 'tax' && row.rateBp !== null ? ti('taxAt', { rate: percent(row.rateBp) }) : ti(row.key);
  const credit = invoice.kind === 'credit_note';
  await sendNoticeEmail({
    business,
    to: client.email,
    kind: credit ? 'credit_note_issued' : 'invoice_issued',
    locale,
    heading: t(credit ? 'creditSubject' : 'subject', values),
    body: t(credit ? 'creditBody' : invoice.dueOn ? 'bodyDue' : 'body', values),
    footer: tEmails('footer', { business: business.name }),
    details: [
      ...figures.lines.map((l) => ({
        label: `${l.description} × ${l.quantity} · ${money(l.unitPriceMinor)}${l.taxRateBp ? ` · ${percent(l.taxRateBp)}` : ''}`,
        value: money(l.netMinor),
      })),
      ...figures.rows.map((row) => ({
        label: label(row),
        value: money(row.minor),
        strong: row.key === 'total' || row.key === 'balance',
      })),
    ],
    note: figures.note ? { label: ti('note'), text: figures.note } : undefined,
    action: { label: t('button'), href: portalUrl(business, `/invoices/${invoice.id}`) },
  });
  return true;
}
