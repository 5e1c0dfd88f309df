'use server';
// Public by design: a language preference needs no session. It sets a cookie of one of
// the supported values; anything else changes nothing. A client signed in to the portal
// named in the form also keeps the choice on that business's card (its messages follow it).
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/locales';
import { saveCardLocale } from '@/lib/clients/save-card-locale';
import { formField } from '@/lib/security/form-field';

export async function setLocale(formData: FormData) {
  const locale = formField(formData, 'locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production' && (process.env.AUTH_URL ?? '').startsWith('https:'),
  });
  const business = await findPortalBusiness(formField(formData, 'portal'));
  const client = business ? await getPortalClient(business.id) : null;
  // staff viewing as a client change their own language only
  if (business && client && !client.viewAs) {
    await saveCardLocale({ businessId: business.id, clientId: client.id, locale });
    revalidatePath(`/p/${business.slug}`, 'layout');
  }
}
