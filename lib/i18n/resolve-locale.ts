import Negotiator from 'negotiator';
import { defaultLocale, isLocale, regionalLocale, type TLocale } from './locales';

/**
 * The reader's full locale (e.g. "en-GB"): the language is the switcher's cookie, else the
 * first supported language of Accept-Language, else the business default; the region is the
 * one the browser names for that language, else the business's country. Messages come from
 * the language's catalogue; dates, numbers and money follow the full locale.
 */
export function resolveLocale({
  cookie,
  acceptLanguage,
  businessDefault,
  businessCountry,
}: {
  cookie?: string;
  acceptLanguage?: string | null;
  businessDefault?: string | null;
  businessCountry?: string | null;
}): string {
  const preferred = acceptLanguage
    ? new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages()
    : [];
  const language: TLocale = isLocale(cookie)
    ? cookie
    : (preferred.map((tag) => tag.toLowerCase().split('-')[0]).find(isLocale) ??
      (isLocale(businessDefault) ? businessDefault : defaultLocale));
  const browserRegion = preferred
    .map((tag) => tag.split('-'))
    .find(([base, region]) => base.toLowerCase() === language && region && /^[A-Za-z]{2}$/.test(region))?.[1];
  return regionalLocale(language, browserRegion ?? businessCountry);
}
