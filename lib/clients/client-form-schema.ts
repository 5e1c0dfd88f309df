import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';

// The staff's client form: one schema for react-hook-form in the browser and the
// server action. Messages are keys of admin.clientForm.errors. The server also
// normalizes the email and reads the phone in the business's country.
export const ZClientForm = z.object({
  firstName: z.string().trim().min(1, { message: 'firstNameRequired' }).max(100, { message: 'tooLong' }),
  lastName: z.string().trim().max(100, { message: 'tooLong' }),
  email: z.union([z.literal(''), z.string().trim().email({ message: 'emailInvalid' }).max(254)]),
  phone: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .regex(/^[+\d][\d\s().-]{5,24}$/, { message: 'phoneInvalid' }),
  ]),
  locale: z.union([z.literal(''), z.enum(locales)]),
  notes: z.string().max(2000, { message: 'tooLong' }),
  /** printed on the client's invoices */
  billingAddress: z.string().max(500, { message: 'tooLong' }).default(''),
  taxNumber: z.string().trim().max(40, { message: 'tooLong' }).default(''),
  sendWelcome: z.boolean(),
  /** the business's custom fields by key, checked against their definitions (lib/custom-fields/field-rules.ts) */
  custom: z.record(z.string(), z.string().max(500, { message: 'tooLong' })).default({}),
});
export type TClientForm = z.input<typeof ZClientForm>;
