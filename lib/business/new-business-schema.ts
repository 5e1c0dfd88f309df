import { getCountries } from 'libphonenumber-js/max';
import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';

// A new business and its first owner: one schema for the first-run form, the form
// to add another business, and `npm run business:create`. Messages are keys of
// admin.setup.errors. The server also refuses common passwords and a taken address.

/** Path segments a portal address may not take (they are, or may become, Portico's own). */
const RESERVED_SLUGS = new Set([
  'admin',
  'api',
  'app',
  'login',
  'logout',
  'sign-in',
  'sign-up',
  'signup',
  'p',
  'dev',
  'static',
  'assets',
  'public',
  'www',
  'mail',
  'help',
  'support',
  'status',
  'portico',
  'settings',
  'billing',
  'new',
  'setup',
  'security',
  'invite',
  'new-business',
  'businesses',
]);

const timezones = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'));
const currencies = new Set(Intl.supportedValuesOf('currency'));
const countries = new Set<string>(getCountries());

export const ZPortalAddress = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, { message: 'slugLength' })
  .max(40, { message: 'slugLength' })
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, { message: 'slugFormat' })
  .refine((s) => !RESERVED_SLUGS.has(s), { message: 'slugReserved' });

export const ZBusinessDetails = z.object({
  name: z.string().trim().min(2, { message: 'nameRequired' }).max(80, { message: 'tooLong' }),
  slug: ZPortalAddress,
  locale: z.enum(locales, { message: 'localeInvalid' }),
  timezone: z.string().refine((v) => timezones.has(v), { message: 'timezoneInvalid' }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => currencies.has(v), { message: 'currencyInvalid' }),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => countries.has(v), { message: 'countryInvalid' }),
});

export const ZNewBusiness = ZBusinessDetails.extend({
  ownerName: z.string().trim().min(1, { message: 'ownerNameRequired' }).max(100, { message: 'tooLong' }),
  ownerEmail: z.string().trim().toLowerCase().email({ message: 'emailInvalid' }).max(254),
  ownerPassword: z.string().min(8, { message: 'tooShort' }).max(128, { message: 'tooLong' }),
});
export type TNewBusiness = z.input<typeof ZNewBusiness>;
