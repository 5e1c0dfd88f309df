import 'server-only';
import Papa from 'papaparse';
import { db } from '@/lib/db';
import type { TLocale } from '@/lib/i18n/locales';
import { clientWhere } from './client-where';
import type { TClientListQuery } from './schemas';

/** At most this many rows per export (a bound on memory and time; the list says how many match). */
const EXPORT_MAX_ROWS = 50_000;

// A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed
// with an apostrophe (OWASP "CSV injection"); E.164 phone numbers are only digits after +.
const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) && !/^\+\d+$/.test(value) ? `'${value}` : value);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/**
 * The filtered client list as CSV that Excel opens correctly in the reader's language:
 * UTF-8 with a byte-order mark (accents intact), semicolons for Italian (Excel's list
 * separator there), commas for English; headers in the reader's language.
 */
export async function exportClients(
  business: { id: string; country: string },
  query: TClientListQuery,
  { locale, headers, sources }: { locale: TLocale; headers: string[]; sources: Record<string, string> },
) {
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
      r.phone ?? '',
      sources[r.source] ?? r.source,
      r.status,
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
