'use server';
import { revalidatePath } from 'next/cache';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { bookAppointment } from '@/lib/appointments/book-appointment';
import { cancelAppointmentByStaff } from '@/lib/appointments/cancel-by-staff';
import { addTimeOff, removeTimeOff } from '@/lib/booking/time-off';
import { saveService } from '@/lib/services/save-service';
import { fail } from '@/lib/result';

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 40;

/** Create (serviceId null) or change a service. */
export async function saveServiceAction(businessSlug: string, serviceId: string | null, values: unknown) {
  return withStaffAction(businessSlug, 'settings.write', async ({ staff, business }) => {
    if (serviceId !== null && !isId(serviceId)) return fail('notFound');
    const result = await saveService({
      business,
      serviceId: serviceId ?? undefined,
      values,
      staffIdentityId: staff.id,
    });
    revalidatePath(`/admin/${business.slug}/services`, 'layout');
    return result;
  });
}

/** Book an appointment (appointmentId null) or move one. */
export async function bookAppointmentAction(businessSlug: string, appointmentId: string | null, values: unknown) {
  return withStaffAction(businessSlug, 'appointments.write', async ({ staff, business }) => {
    if (appointmentId !== null && !isId(appointmentId)) return fail('notFound');
    const result = await bookAppointment({
      business,
      appointmentId: appointmentId ?? undefined,
      values,
      staffIdentityId: staff.id,
    });
    revalidatePath(`/admin/${business.slug}`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}

/** Cancel a booked appointment with a reason. */
export async function cancelAppointmentByStaffAction(businessSlug: string, appointmentId: string, values: unknown) {
  return withStaffAction(businessSlug, 'appointments.write', async ({ staff, business }) => {
    if (!isId(appointmentId)) return fail('notFound');
    const result = await cancelAppointmentByStaff({ business, appointmentId, values, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}

/** Time off for a staff member or the whole business; everyone who books may add it. */
export async function addTimeOffAction(businessSlug: string, values: unknown) {
  return withStaffAction(businessSlug, 'appointments.write', async ({ staff, business }) => {
    const result = await addTimeOff({ business, values, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/schedule`, 'layout');
    revalidatePath(`/p/${business.slug}/book`);
    return result;
  });
}

export async function removeTimeOffAction(businessSlug: string, timeOffId: unknown) {
  return withStaffAction(businessSlug, 'appointments.write', async ({ staff, business }) => {
    const result = await removeTimeOff({ businessId: business.id, timeOffId, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/schedule`, 'layout');
    revalidatePath(`/p/${business.slug}/book`);
    return result;
  });
}
