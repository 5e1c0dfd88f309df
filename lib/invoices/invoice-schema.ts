import { z } from 'zod';
import { parseMoney, parsePercent } from '../format/money';

// The staff's invoice (and credit note) form: one schema for react-hook-form in the
// browser and the server action. Messages are keys of admin.invoices.errors.
const money = z
  .string()
  .trim()
  .refine((v) => parseMoney(v) !== null, { message: 'amount' });

export const ZInvoiceLine = z.object({
  description: z.string().trim().min(1, { message: 'descriptionRequired' }).max(200, { message: 'tooLong' }),
  quantity: z
    .string()
    .trim()
    .regex(/^-?\d{1,6}$/, { message: 'quantity' })
    .refine((v) => Number(v) >= 1, { message: 'quantityPositive' }),
  unitPrice: money,
  taxRate: z
    .string()
    .trim()
    .refine((v) => parsePercent(v) !== null, { message: 'taxRate' }),
});

export const ZInvoiceForm = z.object({
  clientId: z.string().min(1, { message: 'clientRequired' }).max(40),
  dueDate: z.union([z.literal(''), z.iso.date({ message: 'date' })]),
  discount: z.union([z.literal(''), money]),
  notes: z.string().max(2000, { message: 'tooLong' }),
  lines: z.array(ZInvoiceLine).min(1, { message: 'linesRequired' }).max(100, { message: 'tooMany' }),
});
export type TInvoiceForm = z.input<typeof ZInvoiceForm>;

export const PAYMENT_METHODS = ['card', 'cash', 'bank_transfer', 'other'] as const;

export const ZPaymentForm = z.object({
  amount: money,
  method: z.enum(PAYMENT_METHODS, { message: 'method' }),
  reference: z.string().trim().max(100, { message: 'tooLong' }),
  paidOn: z.iso.date({ message: 'date' }),
});
export type TPaymentForm = z.input<typeof ZPaymentForm>;
