import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { parseMoney } from '@/lib/format/money';

// The staff's product form: one schema for the form and the action; messages are keys of admin.products.errors.
export const ZProductForm = z.object({
  /** the name in each language; the business's default language is required (checked on the server too) */
  names: z
    .object(Object.fromEntries(locales.map((l) => [l, z.string().trim().max(80, { message: 'tooLong' }).default('')])))
    .refine((names) => Object.values(names).some(Boolean), { message: 'nameRequired' }),
  description: z.string().trim().max(2000, { message: 'tooLong' }),
  price: z
    .string()
    .trim()
    .refine((v) => (parseMoney(v) ?? 0) > 0, { message: 'amount' }),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, { message: 'currency' })
    .transform((c) => c.toUpperCase()),
  /** '' = no page */
  pageId: z.string().max(40),
  /** '' = no end */
  accessDays: z
    .string()
    .trim()
    .regex(/^\d{0,4}$/, { message: 'days' })
    .refine((v) => v === '' || (Number(v) >= 1 && Number(v) <= 3650), { message: 'days' }),
  active: z.boolean(),
});
export type TProductForm = z.input<typeof ZProductForm>;
