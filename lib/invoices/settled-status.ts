/**
 * An issued invoice's status from what was paid and credited: open while a balance
 * remains; once none does, paid (or void when credit notes alone cancelled it).
 */
export function settledStatus(invoice: { totalMinor: number; paidMinor: number; creditedMinor: number }) {
  const balance = invoice.totalMinor - invoice.paidMinor - invoice.creditedMinor;
  if (balance > 0) return 'open';
  return invoice.paidMinor === 0 && invoice.creditedMinor > 0 ? 'void' : 'paid';
}

/** What is still due on an invoice (never below zero). */
export const invoiceBalance = (invoice: { totalMinor: number; paidMinor: number; creditedMinor: number }) =>
  Math.max(0, invoice.totalMinor - invoice.paidMinor - invoice.creditedMinor);
