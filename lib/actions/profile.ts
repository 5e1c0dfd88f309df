'use server';
import type { TFailure } from '@/lib/result';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/locales';
import { updateProfile, type TProfileResult } from '@/lib/clients/profile';
import type { TProfile } from '@/lib/clients/profile-schema';

export async function updateProfileAction(
  portal: string,
  values: TProfile,
): Promise<TProfileResult | TFailure<'unauthorized' | 'view_only'>> {
  const result = await withPortalClient(portal, ({ business, client }) =>
    updateProfile({ businessId: business.id, clientId: client.id, identityId: client.identity.id, input: values }),
  );
  if ('ok' in result && result.ok) {
    // the preferred language is also the one the portal speaks from now on
    if (isLocale(values.locale))
      (await cookies()).set(LOCALE_COOKIE, values.locale, {
        path: '/',
        maxAge: 60 * 60 * 24 * 365,
        sameSite: 'lax',
        httpOnly: true,
      });
    revalidatePath(`/p/${portal}`, 'layout');
  }
  return result;
}
