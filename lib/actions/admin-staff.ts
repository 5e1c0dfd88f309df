'use server';
import { revalidatePath } from 'next/cache';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { completeStaffSignIn } from '@/lib/auth/sessions/complete-staff-sign-in';
import { saveStaffHours } from '@/lib/booking/staff-hours';
import { acceptInvite } from '@/lib/staff/accept-invite';
import { inviteStaff } from '@/lib/staff/invite-staff';
import { changeStaffRole, removeStaff } from '@/lib/staff/manage-staff';
import { fail } from '@/lib/result';

/** Invite someone to this business's staff (owners and admins; only owners invite owners). */
export async function inviteStaffAction(businessSlug: string, values: unknown) {
  return withStaffAction(businessSlug, 'staff.manage', async ({ staff, business, role }) => {
    const result = await inviteStaff({
      business,
      inviter: { identityId: staff.id, role, name: staff.name ?? staff.email ?? '' },
      values,
    });
    if (result.ok) revalidatePath(`/admin/${business.slug}/staff`);
    return result;
  });
}

export async function changeStaffRoleAction(businessSlug: string, memberId: string, newRole: string) {
  return withStaffAction(businessSlug, 'staff.manage', async ({ staff, business, role }) => {
    if (typeof memberId !== 'string') return fail('notFound' as const);
    const result = await changeStaffRole({
      businessId: business.id,
      actor: { identityId: staff.id, role },
      memberId,
      role: newRole,
    });
    revalidatePath(`/admin/${business.slug}/staff`);
    return result;
  });
}

export async function removeStaffAction(businessSlug: string, memberId: string) {
  return withStaffAction(businessSlug, 'staff.manage', async ({ staff, business, role }) => {
    if (typeof memberId !== 'string') return fail('notFound' as const);
    const result = await removeStaff({ businessId: business.id, actor: { identityId: staff.id, role }, memberId });
    revalidatePath(`/admin/${business.slug}/staff`);
    return result;
  });
}

/** Public by design (the invitation link is the credential): accept, then sign in (owners then set up the app). */
export async function acceptInviteAction(token: string, values: unknown) {
  const result = await acceptInvite({ token, values });
  if (!result.ok) return result;
  return completeStaffSignIn(result.identity, '/admin');
}

/** A staff member's working hours (or the opening hours); owners and admins. */
export async function saveStaffHoursAction(businessSlug: string, staffMemberId: string, values: unknown) {
  return withStaffAction(businessSlug, 'staff.manage', async ({ staff, business }) => {
    const result = await saveStaffHours({ businessId: business.id, staffMemberId, values, staffIdentityId: staff.id });
    revalidatePath(`/p/${business.slug}/book`);
    return result;
  });
}
