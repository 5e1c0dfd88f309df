// next-intl without i18n routing: the locale is per request, from the NEXT_LOCALE
// cookie, else Accept-Language, else the default of the business whose portal is
// requested (middleware.ts names it in a header), else English.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { LOCALE_COOKIE, loadMessages } from './locales';
import { PORTAL_HEADER } from './portal-header';
import { resolveLocale } from './resolve-locale';

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const portal = headerList.get(PORTAL_HEADER);
  const business = portal ? await findPortalBusiness(portal) : null;
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
    businessDefault: business?.defaultLocale,
  });
  return { locale, messages: await loadMessages(locale), timeZone: business?.timezone ?? 'UTC' };
});
