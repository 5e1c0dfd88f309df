import { readBic, readIban } from '@/lib/business/bank-transfer';
import { parsePercent } from '@/lib/format/money';
import { z } from 'zod';
import { ZBusinessDetails } from './new-business-schema';
import { accentCheck } from '@/lib/format/contrast';
import { ZOpeningHoursForm } from '@/lib/business/opening-hours-form';
import { CLIENT_MESSAGING, LOGIN_METHODS } from './schemas';

// The portal settings staff change (issue 10), one schema per group as the seeds group
// them (seed 000 "Allow authorization to clients", "Allow cancellation of recording").
// Shared by the forms and the server action; messages are keys of admin.settings.errors.

export const ZSignInSettings = z
  .object({
    allowClientLogin: z.boolean(),
    loginMethods: z.array(z.enum(LOGIN_METHODS)),
    allowSelfSignUp: z.boolean(),
    requireClient2fa: z.boolean(),
    showLoginLink: z.boolean(),
    sessionHours: z
      .number({ message: 'hoursInvalid' })
      .int({ message: 'hoursInvalid' })
      .min(1, { message: 'hoursInvalid' })
      .max(720, { message: 'hoursInvalid' }),
  })
  .refine((v) => !v.allowClientLogin || v.loginMethods.length > 0, {
    path: ['loginMethods'],
    message: 'methodRequired',
  })
  // a passkey is added once signed in: alone it would let no new client in
  .refine((v) => !v.allowClientLogin || v.loginMethods.length === 0 || v.loginMethods.some((m) => m !== 'passkey'), {
    path: ['loginMethods'],
    message: 'passkeyAlone',
  });
export type TSignInSettings = z.infer<typeof ZSignInSettings>;

export const ZCancellationSettings = z.object({
  allowCancellation: z.boolean(),
  cancellationReasonRequired: z.boolean(),
  cancellationCutoffHours: z
    .number({ message: 'hoursInvalid' })
    .int({ message: 'hoursInvalid' })
    .min(0, { message: 'hoursInvalid' })
    .max(720, { message: 'hoursInvalid' }),
});
export type TCancellationSettings = z.infer<typeof ZCancellationSettings>;

/** The portal's name and accent colour; an accent that does not stand out from the page is refused. */
export const ZBrandingSettings = z.object({
  name: z.string().trim().min(1, { message: 'nameRequired' }).max(80, { message: 'tooLong' }),
  accentColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: 'colorInvalid' })
    .refine((c) => accentCheck(c).ok, { message: 'contrastFails' })
    .transform((c) => c.toLowerCase()),
});
export type TBrandingSettings = z.input<typeof ZBrandingSettings>;

/**
 * What invoices print about the seller (empty: the business's name alone), the tax rate a
 * new invoice line starts with, the address clients reply to, and how they pay by transfer:
 * an IBAN (checked with its checksum) and BIC, or the account as a bank outside IBAN writes it.
 */
export const ZLegalSettings = z.object({
  legalName: z.string().trim().max(200, { message: 'tooLong' }),
  legalAddress: z.string().trim().max(500, { message: 'tooLong' }),
  taxNumber: z.string().trim().max(40, { message: 'tooLong' }),
  defaultTaxRate: z
    .string()
    .trim()
    .refine((v) => v === '' || parsePercent(v) !== null, { message: 'taxRateInvalid' }),
  contactEmail: z.union([z.literal(''), z.email({ message: 'emailInvalid' }).trim().max(254)]),
  bankAccountHolder: z.string().trim().max(70, { message: 'tooLong' }),
  bankIban: z
    .string()
    .trim()
    .refine((v) => v === '' || readIban(v) !== null, { message: 'ibanInvalid' }),
  bankBic: z
    .string()
    .trim()
    .refine((v) => v === '' || readBic(v) !== null, { message: 'bicInvalid' }),
  bankAccountText: z.string().trim().max(300, { message: 'tooLong' }),
});
export type TLegalSettings = z.infer<typeof ZLegalSettings>;

export const ZRegionalSettings = ZBusinessDetails.pick({ locale: true, timezone: true, currency: true, country: true });
export type TRegionalSettings = z.input<typeof ZRegionalSettings>;

const int = (min: number, max: number) =>
  z
    .number({ message: 'numberInvalid' })
    .int({ message: 'numberInvalid' })
    .min(min, { message: 'numberInvalid' })
    .max(max, { message: 'numberInvalid' });

/** Online booking (issue 11): whether clients book on the portal, when, and the registration message. */
export const ZBookingSettings = z.object({
  onlineBooking: z.boolean(),
  registrationMessage: z.boolean(),
  bookingNoticeHours: int(0, 720),
  bookingHorizonDays: int(1, 365),
  bookingStepMinutes: int(5, 240),
  openingHours: ZOpeningHoursForm,
});
export type TBookingSettings = z.infer<typeof ZBookingSettings>;

/** What one client may upload (issue 24): files and megabytes per day, and megabytes in all. */
/** Conversations (issue 30): what clients may do in the portal's Messages. */
export const ZMessagingSettings = z.object({ clientMessaging: z.enum(CLIENT_MESSAGING) });
export type TMessagingSettings = z.infer<typeof ZMessagingSettings>;

export const ZUploadSettings = z.object({
  uploadDailyFiles: int(1, 1000),
  uploadDailyMegabytes: int(1, 10_000),
  uploadTotalMegabytes: int(1, 100_000),
});
export type TUploadSettings = z.infer<typeof ZUploadSettings>;
