'use server';
import { revalidatePath } from 'next/cache';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { sendWelcome } from '@/lib/auth/welcome';
import { resetClientPassword } from '@/lib/clients/reset-client-password';
import { resendWelcome } from '@/lib/clients/resend-welcome';
import { turnOffClientTwoStep } from '@/lib/clients/turn-off-two-step';
import { saveClient, setClientArchived } from '@/lib/clients/save-client';
import { fail } from '@/lib/result';

/** Staff add a client by hand, optionally sending the "create your login" email. */
export async function createClientAction(businessSlug: string, values: unknown) {
  return withStaffAction(businessSlug, 'clients.write', async ({ staff, business }) => {
    const result = await saveClient({ business, staffIdentityId: staff.id, values });
    if (!result.ok) return result;
    // after the card is committed: never send inside the transaction
    if (result.sendWelcome)
      await sendWelcome({ businessId: business.id, clientId: result.clientId, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/clients`);
    return { ok: true as const, clientId: result.clientId };
  });
}

/** Staff edit a client's card. */
export async function updateClientAction(businessSlug: string, clientId: string, values: unknown) {
  return withStaffAction(businessSlug, 'clients.write', async ({ staff, business }) => {
    if (typeof clientId !== 'string') return fail('notFound');
    const result = await saveClient({ business, clientId, staffIdentityId: staff.id, values });
    if (!result.ok) return result;
    revalidatePath(`/admin/${business.slug}/clients/${clientId}`);
    return { ok: true as const, clientId };
  });
}

/** Archive (the client can no longer sign in; their sessions stop) or restore. */
export async function setClientArchivedAction(businessSlug: string, clientId: string, archived: boolean) {
  return withStaffAction(businessSlug, 'clients.write', async ({ staff, business }) => {
    if (typeof clientId !== 'string' || typeof archived !== 'boolean') return fail('notFound');
    const ok = await setClientArchived({ businessId: business.id, clientId, staffIdentityId: staff.id, archived });
    revalidatePath(`/admin/${business.slug}/clients/${clientId}`);
    return ok ? { ok: true as const } : fail('notFound');
  });
}

/** Resend the "create your login" email to a client who has never signed in. */
export async function resendWelcomeAction(businessSlug: string, clientId: string) {
  return withStaffAction(businessSlug, 'clients.write', async ({ staff, business }) => {
    if (typeof clientId !== 'string') return fail('notFound');
    const result = await resendWelcome({ businessId: business.id, clientId, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/clients/${clientId}`);
    return result.ok ? { ok: true as const } : fail('notFound');
  });
}

/** Turn off a client's two-step verification (they lost the app); the client is told and signed out. */
export async function turnOffTwoStepAction(businessSlug: string, clientId: string) {
  return withStaffAction(businessSlug, 'clients.write', async ({ staff, business }) => {
    if (typeof clientId !== 'string') return fail('not_available' as const);
    const result = await turnOffClientTwoStep({ business, clientId, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/clients/${clientId}`);
    return result;
  });
}

/** "Reset password" next to the card's email or phone: a new password goes there; nobody sees it. */
export async function resetClientPasswordAction(businessSlug: string, clientId: string, channel: 'email' | 'sms') {
  return withStaffAction(businessSlug, 'clients.write', async ({ staff, business }) => {
    if (typeof clientId !== 'string' || (channel !== 'email' && channel !== 'sms'))
      return fail('not_available' as const);
    return resetClientPassword({ business, clientId, channel, staffIdentityId: staff.id });
  });
}
