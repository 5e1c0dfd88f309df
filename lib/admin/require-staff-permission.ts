import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { requireStaff } from '@/lib/auth/require-staff';
import type { TPermission } from './permissions';
import { resolveMembership } from './resolve-membership';

/**
 * The one way into a business's admin page: the staff session (live, not revoked,
 * owners with their authenticator app), the business named in the URL among the
 * staff member's own memberships (anyone else's is a 404, never a hint that it
 * exists), and the permission for what the page does (else 403). Data calls then
 * take `business.id` from here, never from a form or a query string.
 */
export async function requireStaffPermission(businessSlug: unknown, permission: TPermission) {
  const staff = await requireStaff();
  const resolved = resolveMembership(staff.staff, businessSlug, permission);
  if (!resolved.ok) return resolved.error === 'forbidden' ? forbidden() : notFound();
  return { staff, business: resolved.membership.business, role: resolved.membership.role };
}
