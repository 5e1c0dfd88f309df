// The supported locales. A new language is one file: messages/<code>.json; this
// list is the catalogue files present at build time (checked by a unit test).
import type en from '../../messages/en.json';

export const locales = ['en', 'it', 'es', 'fr', 'de'] as const;
export type TLocale = (typeof locales)[number];
export const defaultLocale: TLocale = 'en';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export type TMessages = typeof en;

export const isLocale = (value: unknown): value is TLocale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/**
 * The language a message to someone is written in: theirs (a card's, an order's, the form's they
 * wrote in) when Portico speaks it, else the business's, else English.
 */
export const recipientLocale = (
  theirs: string | null | undefined,
  business: { defaultLocale: string | null },
): TLocale => [theirs, business.defaultLocale].find(isLocale) ?? defaultLocale;

export async function loadMessages(locale: TLocale): Promise<TMessages> {
  return (await import(`../../messages/${locale}.json`)).default;
}

/** The catalogue language of a full locale: "en-GB" → "en"; anything unsupported → English. */
export function messageLocale(tag: string): TLocale {
  const base = tag.split('-')[0].toLowerCase();
  return isLocale(base) ? base : defaultLocale;
}

/**
 * A language with a region for dates, numbers and money ("en" + "GB" → "en-GB"), or the
 * language alone when the region is missing or not a valid one.
 */
export function regionalLocale(language: TLocale, region?: string | null): string {
  if (!region || !/^[A-Za-z]{2}$/.test(region)) return language;
  try {
    return Intl.getCanonicalLocales(`${language}-${region.toUpperCase()}`)[0] ?? language;
  } catch {
    return language;
  }
}

const languageNames = new Map<string, string>();

/** The name of a language in that language, e.g. "Italiano" (Intl.DisplayNames is slow to build: kept per locale). */
export function languageName(locale: string) {
  let name = languageNames.get(locale);
  if (name === undefined) {
    const own = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    name = own.charAt(0).toLocaleUpperCase(locale) + own.slice(1);
    languageNames.set(locale, name);
  }
  return name;
}
