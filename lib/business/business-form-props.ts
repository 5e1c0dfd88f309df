import 'server-only';
import { appUrl } from '@/lib/env';
import { isLocale, languageName, locales, type TLocale } from '@/lib/i18n/locales';
import type { TNewBusiness } from './new-business-schema';

// where a business writing in each language most likely is
const GUESSES: Record<TLocale, { timezone: string; currency: string; country: string }> = {
  en: { timezone: 'Europe/London', currency: 'GBP', country: 'GB' },
  it: { timezone: 'Europe/Rome', currency: 'EUR', country: 'IT' },
  es: { timezone: 'Europe/Madrid', currency: 'EUR', country: 'ES' },
  fr: { timezone: 'Europe/Paris', currency: 'EUR', country: 'FR' },
  de: { timezone: 'Europe/Berlin', currency: 'EUR', country: 'DE' },
};

/** What the business form starts from (first-run setup, another business): guesses from the reader's language. */
export function businessFormProps(locale: string) {
  const language = isLocale(locale) ? locale : 'en';
  const initial: TNewBusiness = {
    name: '',
    slug: '',
    locale: language,
    ...GUESSES[language],
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
