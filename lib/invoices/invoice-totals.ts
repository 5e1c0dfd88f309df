import { parseMoney, parsePercent } from '../format/money';
import type { TInvoiceForm } from './invoice-schema';
import { fail } from '@/lib/result';

type TLine = { description: string; quantity: number; unitPriceMinor: number; taxRateBp: number };

/**
 * An invoice's amounts from its lines: each line's net; the discount taken off the
 * subtotal and spread over the lines in proportion (so each line's tax is on what
 * is really charged); tax rounded per line. Or 'discount' when it exceeds the subtotal.
 */
export function invoiceTotals(lines: TLine[], discountMinor: number) {
  const nets = lines.map((l) => l.quantity * l.unitPriceMinor);
  const subtotalMinor = nets.reduce((a, b) => a + b, 0);
  if (discountMinor > subtotalMinor) return fail('discountTooLarge' as const);
  let discountLeft = discountMinor;
  const taxed = lines.map((line, i) => {
    const share =
      i === lines.length - 1
        ? discountLeft
        : subtotalMinor === 0
          ? 0
          : Math.round((discountMinor * nets[i]) / subtotalMinor);
    discountLeft -= share;
    const taxMinor = Math.round(((nets[i] - share) * line.taxRateBp) / 10_000);
    return { ...line, totalMinor: nets[i], taxMinor };
  });
  const taxMinor = taxed.reduce((a, l) => a + l.taxMinor, 0);
  return {
    ok: true as const,
    lines: taxed,
    subtotalMinor,
    discountMinor,
    taxMinor,
    totalMinor: subtotalMinor - discountMinor + taxMinor,
  };
}

/** The parsed lines of a valid form (the schema has already checked every string). */
export function formLines(values: Pick<TInvoiceForm, 'lines' | 'discount'>, currency = 'EUR') {
  return {
    lines: values.lines.map((l) => ({
      description: l.description.trim(),
      quantity: Number(l.quantity),
      unitPriceMinor: parseMoney(l.unitPrice, currency) ?? 0,
      taxRateBp: parsePercent(l.taxRate) ?? 0,
    })),
    discountMinor: values.discount ? (parseMoney(values.discount, currency) ?? 0) : 0,
  };
}
