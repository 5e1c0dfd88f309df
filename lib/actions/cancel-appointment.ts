'use server';
import { revalidatePath } from 'next/cache';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import { cancelAppointment } from '@/lib/appointments/cancel-appointment';
import { notifyOwnersOfCancellation } from '@/lib/appointments/notify-owners-of-cancellation';
import { fail } from '@/lib/result';

/** The client cancels one of their appointments; the business's owners get an email. */
export async function cancelAppointmentAction(portal: string, appointmentId: string, reason: string) {
  return withPortalClient(portal, async ({ business, client }) => {
    if (typeof appointmentId !== 'string') return fail('not_found' as const);
    const result = await cancelAppointment({
      businessId: business.id,
      clientId: client.id,
      identityId: client.identity.id,
      appointmentId,
      reason: typeof reason === 'string' ? reason : undefined,
    });
    if (!result.ok) return fail(result.error);
    await notifyOwnersOfCancellation(business, client, appointmentId, reason);
    revalidatePath(`/p/${portal}/schedule`);
    return { ok: true as const };
  });
}
