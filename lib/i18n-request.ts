// next-intl without i18n routing: the locale is per request (lib/i18n/resolve-locale.ts):
// the NEXT_LOCALE cookie, else Accept-Language, else the default of the business whose
// portal is requested (middleware.ts names it in a header), else English; with a region for
// formatting. The catalogue is the language's.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { LOCALE_COOKIE, loadMessages, messageLocale } from './i18n/locales';
import { PORTAL_HEADER } from './i18n/portal-header';
import { resolveLocale } from './i18n/resolve-locale';

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const portal = headerList.get(PORTAL_HEADER);
  // the business only adds a fallback language: when the database does not answer, the page
  // still gets a language, so the error page (app/error.tsx) is shown in the reader's
  // language with its reference, not Next's bare default (the page's own query fails it)
  const business = portal ? await findPortalBusiness(portal).catch(() => null) : null;
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
    businessDefault: business?.defaultLocale,
    businessCountry: business?.country,
  });
  return { locale, messages: await loadMessages(messageLocale(locale)), timeZone: business?.timezone ?? 'UTC' };
});
