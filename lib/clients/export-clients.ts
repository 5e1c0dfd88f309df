import 'server-only';
import Papa from 'papaparse';
import { db } from '@/lib/db';
import type { TLocale } from '@/lib/i18n/locales';
import { internationalPhone } from '@/lib/format/phone';
import { zonedDay } from '@/lib/time/zoned-day';
import { clientWhere } from './client-where';
import type { TClientListQuery } from './schemas';

/** At most this many rows per export (a bound on memory and time; the list says how many match). */
const EXPORT_MAX_ROWS = 50_000;

// A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed
// with an apostrophe (OWASP "CSV injection"); a phone number in international form
// ("+39 333 015 9789": a plus, digits and spaces) is left as it is.
const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) && !/^\+\d[\d ]+$/.test(value) ? `'${value}` : value);

/**
 * The filtered client list as CSV that Excel and LibreOffice open correctly in the reader's
 * language: UTF-8 with a byte-order mark (accents intact), semicolons for Italian (Excel's
 * list separator there), commas for English; headers, sources and statuses in the reader's
 * language; phones in international form with spaces, which spreadsheets keep as text
 * (a bare "+393330159789" becomes the number 393330159789, and a re-import reads a French
 * number as Italian); days in the business's calendar (a card made at 00:30 in Rome is of that day).
 */
export async function exportClients(
  business: { id: string; country: string; timezone: string },
  query: TClientListQuery,
  {
    locale,
    headers,
    sources,
    statuses,
  }: { locale: TLocale; headers: string[]; sources: Record<string, string>; statuses: Record<string, string> },
) {
  const day = (d: Date | null) => (d ? zonedDay(d, business.timezone) : '');
  const rows = await db.client.findMany({
    where: clientWhere(business, query),
    select: {
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      source: true,
      status: true,
      lastSignInAt: true,
      createdAt: true,
    },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    take: EXPORT_MAX_ROWS,
  });
  const data = rows.map((r) =>
    [
      r.firstName,
      r.lastName,
      r.email ?? '',
      r.phone ? internationalPhone(r.phone) : '',
      sources[r.source] ?? r.source,
      statuses[r.status] ?? r.status,
      day(r.lastSignInAt),
      day(r.createdAt),
    ].map(safe),
  );
  const csv = Papa.unparse(
    { fields: headers, data },
    // where the decimal mark is a comma, spreadsheets expect semicolons
    { delimiter: locale === 'en' ? ',' : ';', newline: '\r\n', quotes: false },
  );
  return { csv: `\uFEFF${csv}\r\n`, count: rows.length };
}
