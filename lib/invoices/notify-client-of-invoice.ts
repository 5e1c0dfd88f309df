import 'server-only';
import { createFormatter, createTranslator } from 'next-intl';
import { portalUrl } from '@/lib/business/portal-url';
import { db } from '@/lib/db';
import { isLocale, loadMessages, regionalLocale } from '@/lib/i18n/locales';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';

/**
 * After an invoice (or credit note) is issued: the client is emailed, in their
 * language, with a link to it in the portal. No email on the card: nothing is sent.
 */
export async function notifyClientOfInvoice({
  business,
  invoiceId,
}: {
  business: {
    id: string;
    slug: string;
    name: string;
    accentColor: string;
    timezone: string;
    defaultLocale: string;
    country?: string;
  };
  invoiceId: string;
}) {
  const invoice = await db.invoice.findFirstOrThrow({
    where: { id: invoiceId, businessId: business.id },
    select: {
      id: true,
      kind: true,
      number: true,
      totalMinor: true,
      currency: true,
      dueAt: true,
      client: { select: { email: true, locale: true, firstName: true, isDemo: true } },
    },
  });
  const { client } = invoice;
  if (!client.email || client.isDemo) return false;
  const locale = [client.locale, business.defaultLocale].find(isLocale) ?? 'en';
  // built from the catalogue, not the request: the client's language, whoever issues it
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'invoiceEmail' });
  const tEmails = createTranslator({ locale, messages, namespace: 'emails' });
  const format = createFormatter({ locale: regionalLocale(locale, business.country) });
  const values = {
    business: business.name,
    number: invoice.number ?? '',
    name: client.firstName,
    amount: format.number(invoice.totalMinor / 100, { style: 'currency', currency: invoice.currency }),
    due: invoice.dueAt ? format.dateTime(invoice.dueAt, { dateStyle: 'long', timeZone: 'UTC' }) : '',
  };
  const credit = invoice.kind === 'credit_note';
  await sendNoticeEmail({
    business,
    to: client.email,
    kind: credit ? 'credit_note_issued' : 'invoice_issued',
    locale,
    heading: t(credit ? 'creditSubject' : 'subject', values),
    body: t(credit ? 'creditBody' : invoice.dueAt ? 'bodyDue' : 'body', values),
    footer: tEmails('footer', { business: business.name }),
    action: { label: t('button'), href: portalUrl(business, `/invoices/${invoice.id}`) },
  });
  return true;
}
