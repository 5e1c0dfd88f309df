import 'server-only';
import type { Db } from '@/lib/db';

type TTx = Pick<Db, 'invoiceSequence' | 'invoice'>;

/**
 * The next free number of a kind in a business and year ("2026-0007", "CN-2026-0002"):
 * the counter goes up by one; a number already used by an imported invoice is skipped.
 */
export async function nextInvoiceNumber(tx: TTx, businessId: string, kind: string, year: number) {
  for (;;) {
    const sequence = await tx.invoiceSequence.upsert({
      where: { businessId_kind_year: { businessId, kind, year } },
      create: { businessId, kind, year, lastNumber: 1 },
      update: { lastNumber: { increment: 1 } },
      select: { lastNumber: true },
    });
    const serial = `${year}-${String(sequence.lastNumber).padStart(4, '0')}`;
    const number = kind === 'credit_note' ? `CN-${serial}` : serial;
    const taken = await tx.invoice.findFirst({ where: { businessId, number }, select: { id: true } });
    if (!taken) return number;
  }
}

/** The calendar year of an instant in the business's timezone (numbering restarts each year). */
export function yearIn(timezone: string, now: Date) {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: timezone }).format(now));
}
