'use server';
import { redirect } from 'next/navigation';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { completeStaffSignIn } from '@/lib/auth/complete-staff-sign-in';
import { getStaff, needsAuthenticator } from '@/lib/auth/require-staff';
import { createBusiness } from '@/lib/business/create-business';
import type { TNewBusiness } from '@/lib/business/new-business-schema';
import { requestIp } from '@/lib/request-ip';

/**
 * The first-run setup (public by design, and only while Portico has no business at all:
 * checked again inside the transaction that creates it). The owner is then signed in
 * and, as every owner, sent to set up the authenticator app before anything else.
 */
export async function createFirstBusinessAction(values: TNewBusiness) {
  const result = await createBusiness(values, { onlyIfNone: true });
  if (!result.ok) return { errors: result.errors };
  await recordAuditEvent({
    businessId: result.businessId,
    actorType: 'staff',
    actorId: result.ownerIdentityId,
    action: 'business.first_run_setup',
    ip: await requestIp(),
  });
  const email = String(values.ownerEmail).trim().toLowerCase();
  return completeStaffSignIn(
    { identityId: result.ownerIdentityId, name: String(values.ownerName).trim(), email, totpEnabled: false },
    '/admin/security',
  );
}

/** A signed-in owner (of any business) adds another business, owned by them. */
export async function createAnotherBusinessAction(values: TNewBusiness) {
  const staff = await getStaff();
  if (!staff || needsAuthenticator(staff)) return { errors: { form: 'unauthorized' } };
  if (!staff.staff.some((m) => m.role === 'owner')) return { errors: { form: 'forbidden' } };
  const result = await createBusiness(values, { ownerIdentityId: staff.id });
  if (!result.ok) return { errors: result.errors };
  redirect(`/admin/${result.slug}/clients`);
}
