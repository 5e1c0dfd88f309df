'use server';
import { redirect } from 'next/navigation';
import { chooseOwnPassword } from '@/lib/auth/passwords/choose-password';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import type { TResetWithLink } from '@/lib/auth/passwords/password-policy';

/** After signing in with a password made by staff: the client's own password, then the portal. */
export async function choosePasswordAction(portal: string, values: TResetWithLink) {
  const result = await withPortalClient(portal, ({ business, client }) =>
    chooseOwnPassword({ identityId: client.identity.id, businessId: business.id, password: values?.password }),
  );
  if ('ok' in result && result.ok) redirect(`/p/${portal}/dashboard`);
  return { error: 'error' in result ? result.error : 'invalid' };
}
