import { ZSlug } from '@/lib/business/schemas';
import { can, type TPermission } from './permissions';
import { fail, type TFailure } from '@/lib/result';

type TMembership<B> = { role: string; business: B & { slug: string } };

/**
 * The decision behind both admin guards, on the caller's own memberships: the
 * business of the URL must be one of them (otherwise 'not_member', which callers
 * answer exactly like no session or an unknown business) and its role must carry
 * the permission ('forbidden').
 */
export function resolveMembership<B>(
  memberships: TMembership<B>[],
  businessSlug: unknown,
  permission: TPermission,
): { ok: true; membership: TMembership<B> } | TFailure<'not_member' | 'forbidden'> {
  const slug = ZSlug.safeParse(businessSlug);
  const membership = slug.success ? memberships.find((m) => m.business.slug === slug.data) : undefined;
  if (!membership) return fail('not_member');
  if (!can(membership.role, permission)) return fail('forbidden');
  return { ok: true, membership };
}
