'use server';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import { getStaff } from '@/lib/auth/guards/require-staff';
import { clientPasskeySignIn } from '@/lib/auth/passkeys/client-passkey-sign-in';
import { finishPasskeyRegistration } from '@/lib/auth/passkeys/finish-passkey-registration';
import { notifyPasskey } from '@/lib/auth/passkeys/passkey-notice';
import { removePasskey } from '@/lib/auth/passkeys/remove-passkey';
import { staffPasskeySignIn } from '@/lib/auth/passkeys/staff-passkey-sign-in';
import { startPasskeyRegistration } from '@/lib/auth/passkeys/start-passkey-registration';
import { startPasskeySignIn } from '@/lib/auth/passkeys/start-passkey-sign-in';
import { finishClientSignIn } from '@/lib/auth/sessions/complete-client-sign-in';
import { finishStaffSignIn, safeAdminCallback } from '@/lib/auth/sessions/complete-staff-sign-in';
import { safePortalCallback } from '@/lib/auth/portal-callback';
import { ticketOf } from '@/lib/auth/two-factor/second-factor-step';
import { requestIp } from '@/lib/request-ip';
import { fail, type TFailure } from '@/lib/result';

// Passkeys (docs/SECURITY.md, "passkeys"): sign-in is public by design and answers one generic
// `refused`; adding and removing check the session (the portal's guard, or the staff identity).
// Each security notice is in the language the person is using right now.

/** The options of a passkey sign-in (the button, or the browser's autofill). */
export async function passkeySignInOptions() {
  return startPasskeySignIn({ ip: await requestIp() });
}

/** A portal's passkey sign-in: it counts as both factors, so the session is made at once. */
export async function clientPasskeySignInAction(
  portal: string,
  callbackUrl: string | undefined,
  response: unknown,
): Promise<TFailure<'refused'>> {
  const signedIn = await clientPasskeySignIn(portal, response, { ip: await requestIp() });
  if (!signedIn) return fail('refused');
  const { user, business, card, passkey } = signedIn;
  await notifyPasskey({
    event: 'used',
    name: passkey.name,
    business,
    to: card.email,
    locale: await getMessageLocale(),
  });
  return finishClientSignIn(ticketOf(user, 'complete'), safePortalCallback(user.portal, callbackUrl));
}

export async function staffPasskeySignInAction(
  callbackUrl: string | undefined,
  response: unknown,
): Promise<TFailure<'refused'>> {
  const signedIn = await staffPasskeySignIn(response, { ip: await requestIp() });
  if (!signedIn) return fail('refused');
  const { identity, business, passkey } = signedIn;
  await notifyPasskey({
    event: 'used',
    name: passkey.name,
    business,
    to: identity.email,
    locale: await getMessageLocale(),
  });
  const ticket = {
    stage: 'complete' as const,
    identityId: identity.id,
    name: identity.name ?? identity.email,
    email: identity.email,
  };
  return finishStaffSignIn(ticket, safeAdminCallback(callbackUrl));
}

export async function startClientPasskeyAction(portal: string) {
  return withPortalClient(portal, async ({ business, client }) =>
    startPasskeyRegistration(client.identity.id, {
      rpName: business.name,
      userName:
        client.identity.email ??
        client.identity.phone ??
        client.email ??
        client.phone ??
        `${client.firstName} ${client.lastName}`,
      displayName: `${client.firstName} ${client.lastName}`.trim(),
      ip: await requestIp(),
    }),
  );
}

export async function addClientPasskeyAction(portal: string, values: unknown) {
  return withPortalClient(portal, async ({ business, client }) => {
    const added = await finishPasskeyRegistration(client.identity.id, values, {
      businessId: business.id,
      ip: await requestIp(),
    });
    if (added.ok)
      await notifyPasskey({
        event: 'added',
        name: added.passkey.name,
        business,
        to: client.email,
        locale: await getMessageLocale(),
      });
    return added;
  });
}

export async function removeClientPasskeyAction(portal: string, passkeyId: string) {
  return withPortalClient(portal, async ({ business, client }) => {
    const removed = await removePasskey(client.identity.id, passkeyId, {
      businessId: business.id,
      ip: await requestIp(),
    });
    if (removed.ok)
      await notifyPasskey({
        event: 'removed',
        name: removed.name,
        business,
        to: client.email,
        locale: await getMessageLocale(),
      });
    return removed;
  });
}

/** The signed-in staff identity and the business whose colours its notices wear, or null. */
async function staffForPasskeys() {
  const staff = await getStaff();
  return staff ? { staff, business: staff.staff[0].business } : null;
}

export async function startStaffPasskeyAction() {
  const signedIn = await staffForPasskeys();
  if (!signedIn) return fail('unauthorized');
  const { staff } = signedIn;
  const t = await getTranslations('passkeys');
  return startPasskeyRegistration(staff.id, {
    rpName: t('adminRpName'),
    userName: staff.email ?? staff.id,
    displayName: staff.name ?? staff.email ?? '',
    ip: await requestIp(),
  });
}

export async function addStaffPasskeyAction(values: unknown) {
  const signedIn = await staffForPasskeys();
  if (!signedIn) return fail('unauthorized');
  const { staff, business } = signedIn;
  const added = await finishPasskeyRegistration(staff.id, values, { ip: await requestIp() });
  if (added.ok)
    await notifyPasskey({
      event: 'added',
      name: added.passkey.name,
      business,
      to: staff.email,
      locale: await getMessageLocale(),
    });
  return added;
}

export async function removeStaffPasskeyAction(passkeyId: string) {
  const signedIn = await staffForPasskeys();
  if (!signedIn) return fail('unauthorized');
  const { staff, business } = signedIn;
  const removed = await removePasskey(staff.id, passkeyId, { ip: await requestIp() });
  if (removed.ok)
    await notifyPasskey({
      event: 'removed',
      name: removed.name,
      business,
      to: staff.email,
      locale: await getMessageLocale(),
    });
  return removed;
}
