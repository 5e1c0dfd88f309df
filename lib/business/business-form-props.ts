import 'server-only';
import { appUrl } from '@/lib/env';
import { isLocale, languageName, locales } from '@/lib/i18n/locales';
import type { TNewBusiness } from './new-business-schema';

/** What the business form starts from (first-run setup, another business): guesses from the reader's language. */
export function businessFormProps(locale: string) {
  const italian = locale === 'it';
  const initial: TNewBusiness = {
    name: '',
    slug: '',
    locale: isLocale(locale) ? locale : 'en',
    timezone: italian ? 'Europe/Rome' : 'Europe/London',
    currency: italian ? 'EUR' : 'GBP',
    country: italian ? 'IT' : 'GB',
    ownerName: '',
    ownerEmail: '',
    ownerPassword: '',
  };
  return {
    initial,
    portalPrefix: `${appUrl()}/p/`,
    languages: locales.map((code) => ({ code, name: languageName(code) })),
    timezones: Intl.supportedValuesOf('timeZone'),
  };
}
