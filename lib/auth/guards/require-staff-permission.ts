import 'server-only';
import { headers } from 'next/headers';
import { forbidden, notFound, permanentRedirect } from 'next/navigation';
import { currentPortalAddress } from '@/lib/business/change-portal-address';
import { ADMIN_PATH_HEADER } from '@/lib/i18n/portal-header';
import { requireStaff } from '@/lib/auth/guards/require-staff';
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
  if (!resolved.ok && resolved.error === 'not_member') await redirectOldAddress(staff.staff, businessSlug);
  if (!resolved.ok) return resolved.error === 'forbidden' ? forbidden() : notFound();
  return { staff, business: resolved.membership.business, role: resolved.membership.role };
}

/**
 * An address the business used before (links in earlier staff emails, bookmarks): 308 to the
 * same admin page at the current address, as the portal does, for the business's own staff only
 * (anyone else gets the same 404 as for an unknown address).
 */
async function redirectOldAddress(memberships: { business: { slug: string } }[], oldSlug: unknown) {
  if (typeof oldSlug !== 'string') return;
  const current = await currentPortalAddress(oldSlug);
  if (!current || !memberships.some((m) => m.business.slug === current)) return;
  const path = (await headers()).get(ADMIN_PATH_HEADER) ?? `/admin/${oldSlug}`;
  permanentRedirect(path.replace(/^\/admin\/[^/?]+/, `/admin/${current}`));
}
