import { z } from 'zod';
import { parseMoney } from '@/lib/format/money';
import { locales } from '@/lib/i18n/locales';

// The staff's service form: one schema for the form and the action; messages are keys of admin.services.errors.
export const ZServiceForm = z.object({
  /** the name in each language; the business's default language is required (checked on the server too) */
  names: z
    .object(Object.fromEntries(locales.map((l) => [l, z.string().trim().max(80, { message: 'tooLong' }).default('')])))
    .refine((names) => Object.values(names).some(Boolean), { message: 'nameRequired' }),
  durationMinutes: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, { message: 'duration' })
    .refine((v) => Number(v) >= 5 && Number(v) <= 720, { message: 'duration' }),
  /** time kept free after each appointment of the service (cleaning, notes) */
  bufferMinutes: z
    .string()
    .trim()
    .regex(/^\d{0,3}$/, { message: 'buffer' })
    .refine((v) => Number(v || 0) <= 240, { message: 'buffer' })
    .default('0'),
  price: z
    .string()
    .trim()
    .refine((v) => parseMoney(v) !== null, { message: 'amount' }),
  staffIds: z.array(z.string().max(40)).max(100),
  active: z.boolean(),
});
export type TServiceForm = z.input<typeof ZServiceForm>;
