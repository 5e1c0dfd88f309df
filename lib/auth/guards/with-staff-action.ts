import 'server-only';
import { getStaff, needsAuthenticator } from '@/lib/auth/guards/require-staff';
import type { TPermission } from './permissions';
import { resolveMembership } from './resolve-membership';
import { fail, type TFailure } from '@/lib/result';

type TStaff = NonNullable<Awaited<ReturnType<typeof getStaff>>>;
type TStaffContext = { staff: TStaff; business: TStaff['staff'][number]['business']; role: string };

/**
 * The guard of every admin server action and route handler: a live staff session
 * (owners with their authenticator app), the business of the URL among the caller's
 * own memberships, and the permission. Otherwise nothing runs: `unauthorized` for no
 * session or another business (one answer, so nothing tells them apart), `forbidden`
 * for a role without the permission.
 */
export async function withStaffAction<T>(
  businessSlug: unknown,
  permission: TPermission,
  run: (ctx: TStaffContext) => Promise<T>,
): Promise<T | TFailure<'unauthorized' | 'forbidden'>> {
  const staff = await getStaff();
  if (!staff || needsAuthenticator(staff)) return fail('unauthorized');
  const resolved = resolveMembership(staff.staff, businessSlug, permission);
  if (!resolved.ok) return fail(resolved.error === 'forbidden' ? 'forbidden' : 'unauthorized');
  return run({ staff, business: resolved.membership.business, role: resolved.membership.role });
}
