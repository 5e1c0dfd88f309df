import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db';
import { sessionUser } from '../sessions/session-user';
import { isLiveSession, STAFF_SIGN_IN_PATH } from '../config';

const STAFF_SECURITY_PATH = '/admin/security';

/**
 * The signed-in staff identity with its memberships, checked on the server, or
 * null: a live staff session, not revoked (sessionsValidAfter), with at least one
 * membership. Middleware is only the first gate.
 */
export const getStaff = cache(async () => {
  const user = await sessionUser();
  if (!isLiveSession(user) || user.kind !== 'staff') return null;
  const identity = await db.identity.findUnique({
    where: { id: user.id },
    select: {
      id: true,
      name: true,
      email: true,
      sessionsValidAfter: true,
      totpEnabledAt: true,
      staff: {
        select: {
          role: true,
          business: {
            select: {
              id: true,
              slug: true,
              name: true,
              country: true,
              timezone: true,
              defaultLocale: true,
              currency: true,
              accentColor: true,
              defaultTaxRateBp: true,
              contactEmail: true,
            },
          },
        },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  if (!identity || user.signedInAt < identity.sessionsValidAfter.getTime() || identity.staff.length === 0) return null;
  return identity;
});

/** roles that change settings or people: they sign in with an authenticator app (issue 24: admins too) */
const AUTHENTICATOR_ROLES = new Set(['owner', 'admin']);

/** Whether this staff member's roles require the authenticator app (they may not turn it off). */
export const mustUseAuthenticator = (staff: { staff: { role: string }[] }) =>
  staff.staff.some((m) => AUTHENTICATOR_ROLES.has(m.role));

/** Owners and admins may not use the admin area until they have set up the authenticator app. */
export const needsAuthenticator = (staff: { totpEnabledAt: Date | null; staff: { role: string }[] }) =>
  !staff.totpEnabledAt && mustUseAuthenticator(staff);

/** Like getStaff, redirecting to sign-in; an owner or admin without the authenticator app is sent to set it up first. */
export async function requireStaff({ allowPending2fa = false } = {}) {
  const staff = await getStaff();
  if (!staff) redirect(STAFF_SIGN_IN_PATH);
  if (!allowPending2fa && needsAuthenticator(staff)) redirect(STAFF_SECURITY_PATH);
  return staff;
}
