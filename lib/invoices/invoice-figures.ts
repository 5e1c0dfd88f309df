import { invoiceTotals } from './invoice-totals';

type TStoredInvoice = {
  kind?: string;
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  paidMinor: number;
  creditedMinor: number;
  notes: string | null;
  lines: { description: string; quantity: number; unitPriceMinor: number; taxRateBp: number; totalMinor: number }[];
};

/** One row of an invoice's summary, in the order every view prints them. */
export type TFigureRow =
  | { key: 'subtotal' | 'total' | 'paid' | 'credited' | 'balance'; minor: number }
  | { key: 'discount'; minor: number }
  | { key: 'tax'; minor: number; rateBp: number | null };

/**
 * What an invoice says, computed once for every view (the admin page, the client's page,
 * the PDF and the email read it from here): its lines, the discount, the tax of each rate,
 * the total and, for an invoice, what was paid and credited and the balance, and the note
 * to the client. The amounts are the ones stored when it was issued; the tax is split by
 * rate as the totals rule computed it (one row when it is one rate, or the split does not
 * add up to what was stored).
 */
export function invoiceFigures(invoice: TStoredInvoice) {
  const rows: TFigureRow[] = [{ key: 'subtotal', minor: invoice.subtotalMinor }];
  if (invoice.discountMinor > 0) rows.push({ key: 'discount', minor: -invoice.discountMinor });
  rows.push(...taxRows(invoice));
  rows.push({ key: 'total', minor: invoice.totalMinor });
  const balanceMinor = Math.max(0, invoice.totalMinor - invoice.paidMinor - invoice.creditedMinor);
  if (invoice.kind !== 'credit_note') {
    rows.push({ key: 'paid', minor: invoice.paidMinor });
    if (invoice.creditedMinor > 0) rows.push({ key: 'credited', minor: -invoice.creditedMinor });
    rows.push({ key: 'balance', minor: balanceMinor });
  }
  return {
    lines: invoice.lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      taxRateBp: l.taxRateBp,
      netMinor: l.totalMinor,
    })),
    rows,
    balanceMinor,
    note: invoice.notes?.trim() || null,
  };
}

export type TInvoiceFigures = ReturnType<typeof invoiceFigures>;

function taxRows(invoice: TStoredInvoice): TFigureRow[] {
  const computed = invoiceTotals(invoice.lines, invoice.discountMinor);
  const byRate = new Map<number, number>();
  if (computed.ok) for (const l of computed.lines) byRate.set(l.taxRateBp, (byRate.get(l.taxRateBp) ?? 0) + l.taxMinor);
  const split = [...byRate.entries()].filter(([rate]) => rate > 0).sort(([a], [b]) => b - a);
  const adds = split.reduce((sum, [, tax]) => sum + tax, 0) === invoice.taxMinor;
  if (!computed.ok || !adds || split.length === 0) return [{ key: 'tax', minor: invoice.taxMinor, rateBp: null }];
  return split.map(([rateBp, minor]) => ({ key: 'tax', minor, rateBp }));
}
