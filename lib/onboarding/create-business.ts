import 'server-only';
import { isCommonPassword } from '@/lib/auth/passwords/common-passwords';
import { normalizeEmail } from '@/lib/format/identifiers';
import { hashPassword } from '@/lib/crypto/password-hash';
import { db } from '@/lib/db';
import { ensureDemoClient } from '@/lib/demo/ensure-demo-client';
import type { z } from 'zod';
import { ZBusinessDetails, ZNewBusiness } from '../business/new-business-schema';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { fail, invalid, invalidInput, Refusal, type TFailure } from '@/lib/result';

export type TCreateBusinessResult = { ok: true; businessId: string; slug: string; ownerIdentityId: string } | TFailure;

/**
 * A business comes into being with its first owner (first-run setup, the CLI), or for
 * an owner who is already signed in (`ownerIdentityId`: their own identity, no new
 * password). All or nothing: the business, the owner's identity and membership and the
 * audit entry are one transaction. `onlyIfNone` makes it the first-run setup: it
 * refuses once any business exists.
 */
export async function createBusiness(
  values: unknown,
  {
    ownerIdentityId,
    onlyIfNone = false,
    now = new Date(),
  }: { ownerIdentityId?: string; onlyIfNone?: boolean; now?: Date } = {},
): Promise<TCreateBusinessResult> {
  const parsed = ownerIdentityId ? ZBusinessDetails.safeParse(values) : ZNewBusiness.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const input = parsed.data;
  const newOwner = 'ownerEmail' in input ? (input as z.output<typeof ZNewBusiness>) : null;
  if (newOwner && isCommonPassword(newOwner.ownerPassword)) return invalid({ ownerPassword: 'tooCommon' });
  const email = newOwner ? normalizeEmail(newOwner.ownerEmail) : null;
  if (newOwner && !email) return invalid({ ownerEmail: 'emailInvalid' });
  // an address another business used before keeps redirecting there: it is taken too
  const [taken, alias] = await Promise.all([
    db.business.findUnique({ where: { slug: input.slug }, select: { id: true } }),
    db.businessSlugAlias.findUnique({ where: { slug: input.slug }, select: { id: true } }),
  ]);
  if (taken || alias) return invalid({ slug: 'slugTaken' });
  const passwordHash = newOwner ? await hashPassword(newOwner.ownerPassword) : null;

  let created: TCreateBusinessResult;
  try {
    created = await db.$transaction(async (tx) => {
      if (onlyIfNone && (await tx.business.count()) > 0) throw new Refusal(fail('setupClosed'));
      let identityId = ownerIdentityId;
      if (!identityId && newOwner) {
        const existing = await tx.identity.findUnique({ where: { email: email! }, select: { id: true } });
        // an address already known (a client, staff elsewhere) is never taken over by a form
        if (existing) throw new Refusal(invalid({ ownerEmail: 'emailInUse' }));
        identityId = (
          await tx.identity.create({
            data: {
              email: email!,
              emailVerifiedAt: now,
              name: newOwner.ownerName,
              passwordHash,
              passwordChangedAt: now,
            },
            select: { id: true },
          })
        ).id;
      }
      const business = await tx.business.create({
        data: {
          slug: input.slug,
          name: input.name,
          defaultLocale: input.locale,
          timezone: input.timezone,
          currency: input.currency,
          country: input.country,
        },
        select: { id: true, slug: true },
      });
      if (!identityId) throw new Error('no owner');
      const owner = await tx.identity.findUniqueOrThrow({
        where: { id: identityId },
        select: { name: true, email: true },
      });
      await tx.staffMember.create({
        data: { businessId: business.id, identityId, role: 'owner', displayName: owner.name ?? owner.email ?? '' },
      });
      // clients' replies reach the owner until Settings names another contact address
      if (owner.email) await tx.business.update({ where: { id: business.id }, data: { contactEmail: owner.email } });
      await recordAuditEvent(
        {
          businessId: business.id,
          actorType: 'staff',
          actorId: identityId,
          action: 'business.created',
          targetType: 'business',
          targetId: business.id,
        },
        tx,
      );
      return { ok: true as const, businessId: business.id, slug: business.slug, ownerIdentityId: identityId };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    // the slug's unique index decides a race between two requests
    if ((error as { code?: string }).code === 'P2002') return invalid({ slug: 'slugTaken' });
    throw error;
  }
  // the Demo Client comes with the business (seed 001); were this to fail, "View as Demo Client" makes it
  if (created.ok)
    await ensureDemoClient(created.businessId, now).catch((error: unknown) =>
      console.error('[business] Demo Client not made', error),
    );
  return created;
}

/** Whether Portico has no business yet (the first-run setup is open). */
export async function isFirstRun() {
  return (await db.business.count()) === 0;
}
