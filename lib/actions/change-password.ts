'use server';
import { changeOwnPassword, type TChangePasswordError } from '@/lib/auth/passwords/change-own-password';
import { finishClientSignIn } from '@/lib/auth/sessions/complete-client-sign-in';
import { sessionUser } from '@/lib/auth/sessions/session-user';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import { notifyPasswordChanged } from '@/lib/auth/passwords/password-changed-notice';
import { fail, type TFailure } from '@/lib/result';

/**
 * Security page: a new password with the current one (or a recent code sign-in). Every other
 * session ends; this browser is signed in again and the client is told by email (or SMS).
 */
export async function changePasswordAction(
  portal: string,
  values: { current?: string; password?: string },
): Promise<TFailure<TChangePasswordError | 'unauthorized' | 'view_only'>> {
  const user = await sessionUser();
  const result = await withPortalClient(portal, async ({ business, client }) => {
    const changed = await changeOwnPassword({
      identityId: client.identity.id,
      businessId: business.id,
      current: values?.current,
      password: values?.password,
      signedInAt: user?.signedInAt ?? 0,
    });
    if (!changed.ok) return changed;
    await notifyPasswordChanged({ business, card: client });
    return { ok: true as const, business, client };
  });
  if ('error' in result) return fail(result.error);
  const { business, client } = result;
  // the change ended every session, this one too: this browser gets a new one
  return finishClientSignIn(
    {
      stage: 'complete',
      identityId: client.identity.id,
      name: `${client.firstName} ${client.lastName}`.trim(),
      businessId: business.id,
      portal: business.slug,
      clientId: client.id,
      expiresAt: user!.expiresAt,
      method: 'password_change',
    },
    `/p/${business.slug}/security?passwordChanged=1`,
  );
}
