'use server';
import { redirect } from 'next/navigation';
import { chooseOwnPassword } from '@/lib/auth/passwords/choose-password';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import type { TResetWithLink } from '@/lib/auth/passwords/password-policy';
import { fail } from '@/lib/result';

/** After signing in with a password made by staff: the client's own password, then the portal. */
export async function choosePasswordAction(portal: string, values: TResetWithLink) {
  const result = await withPortalClient(portal, ({ business, client }) =>
    chooseOwnPassword({ identityId: client.identity.id, businessId: business.id, password: values?.password }),
  );
  if ('ok' in result && result.ok) redirect(`/p/${portal}/dashboard`);
  return fail('error' in result ? result.error : 'invalid');
}
