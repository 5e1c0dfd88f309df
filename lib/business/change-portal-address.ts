import 'server-only';
import { db } from '@/lib/db';
import { ZPortalAddress } from './new-business-schema';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { invalid, Refusal, type TFailure } from '@/lib/result';

/**
 * Seed 001 "Edit the Client Portal URL": the business takes a new portal address; the old
 * one becomes an alias that keeps redirecting (308), deep links included. An address in
 * use by another business, now or before, is taken; taking back one of the business's own
 * old addresses is allowed. Audited with before and after.
 */
export async function changePortalAddress({
  businessId,
  slug: input,
  staffIdentityId,
}: {
  businessId: string;
  slug: unknown;
  staffIdentityId: string;
}): Promise<{ ok: true; slug: string } | TFailure> {
  const parsed = ZPortalAddress.safeParse(input);
  if (!parsed.success) return invalid({ slug: parsed.error.issues[0].message });
  const slug = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const business = await tx.business.findUniqueOrThrow({ where: { id: businessId }, select: { slug: true } });
      if (business.slug === slug) return { ok: true as const, slug };
      const [owner, alias] = await Promise.all([
        tx.business.findUnique({ where: { slug }, select: { id: true } }),
        tx.businessSlugAlias.findUnique({ where: { slug }, select: { businessId: true } }),
      ]);
      if (owner || (alias && alias.businessId !== businessId)) throw new Refusal(invalid({ slug: 'slugTaken' }));
      if (alias) await tx.businessSlugAlias.delete({ where: { slug, businessId } });
      await tx.businessSlugAlias.create({ data: { businessId, slug: business.slug } });
      await tx.business.update({ where: { id: businessId }, data: { slug } });
      await recordAuditEvent(
        {
          businessId,
          actorType: 'staff',
          actorId: staffIdentityId,
          action: 'business.portal_address_changed',
          targetType: 'business',
          targetId: businessId,
          meta: { before: business.slug, after: slug },
        },
        tx,
      );
      return { ok: true as const, slug };
    });
  } catch (error) {
    // the unique indexes decide a race with another business taking the same address
    if (error instanceof Refusal || (error as { code?: string }).code === 'P2002')
      return invalid({ slug: 'slugTaken' });
    throw error;
  }
}

/** The current address of a business that used this one before, or null. */
export async function currentPortalAddress(oldSlug: string) {
  const alias = await db.businessSlugAlias.findUnique({
    where: { slug: oldSlug },
    select: { business: { select: { slug: true } } },
  });
  return alias?.business.slug ?? null;
}
