import Negotiator from 'negotiator';
import { defaultLocale, isLocale, type TLocale } from './locales';

/** Cookie set by the switcher, else the browser's Accept-Language, else the business default. */
export function resolveLocale({
  cookie,
  acceptLanguage,
  businessDefault,
}: {
  cookie?: string;
  acceptLanguage?: string | null;
  businessDefault?: string | null;
}): TLocale {
  if (isLocale(cookie)) return cookie;
  if (acceptLanguage) {
    const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages();
    for (const tag of preferred) {
      const base = tag.toLowerCase().split('-')[0];
      if (isLocale(base)) return base;
    }
  }
  return isLocale(businessDefault) ? businessDefault : defaultLocale;
}
