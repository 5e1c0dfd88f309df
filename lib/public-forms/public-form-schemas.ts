import { z } from 'zod';

// The portal's public forms (booking, contact): one schema for react-hook-form in the
// browser and the server action. Messages are keys of publicForms.errors. The server
// also reads the phone in the business's country (lib/format/identifiers.ts).

const ZContactDetails = z.object({
  firstName: z.string().trim().min(1, { message: 'firstNameRequired' }).max(100, { message: 'tooLong' }),
  lastName: z.string().trim().max(100, { message: 'tooLong' }),
  email: z.union([
    z.literal(''),
    z.string().trim().email({ message: 'emailInvalid' }).max(254, { message: 'tooLong' }),
  ]),
  phone: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .regex(/^[+\d][\d\s().-]{5,24}$/, { message: 'phoneInvalid' }),
  ]),
  /** the time-and-token check (lib/public-forms/form-token.ts) */
  formToken: z.string().max(4000),
  /** a field people never see: bots fill it in */
  website: z.string().max(200).optional(),
});

const needsAnAddress = <T extends { email: string; phone: string }>(v: T) => !!v.email || !!v.phone;

export const ZBookingForm = ZContactDetails.extend({
  serviceId: z.string().min(1).max(40),
  startsAt: z.iso.datetime({ message: 'slotInvalid' }),
  notes: z.string().max(1000, { message: 'tooLong' }),
}).refine(needsAnAddress, { path: ['email'], message: 'addressRequired' });
export type TBookingForm = z.input<typeof ZBookingForm>;

export const ZContactForm = ZContactDetails.extend({
  message: z.string().trim().min(1, { message: 'messageRequired' }).max(4000, { message: 'tooLong' }),
}).refine(needsAnAddress, { path: ['email'], message: 'addressRequired' });
export type TContactForm = z.input<typeof ZContactForm>;

/** Buying a product: who pays (an email is needed for the receipt). */
export const ZOrderForm = ZContactDetails.extend({
  email: z.string().trim().email({ message: 'emailInvalid' }).max(254, { message: 'tooLong' }),
});
export type TOrderForm = z.input<typeof ZOrderForm>;
