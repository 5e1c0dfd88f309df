import 'server-only';
import { hashToken } from '@/lib/auth/codes/code-crypto';
import { isCommonPassword } from '@/lib/auth/passwords/common-passwords';
import { checkIdentityPassword } from '@/lib/auth/passwords/identity-password';
import { hashPassword } from '@/lib/crypto/password-hash';
import { db } from '@/lib/db';
import { ZAcceptInvite } from './staff-schemas';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { type TFailure, fail, invalid, invalidInput } from '@/lib/result';

/** An invitation link that can still be used, with what its page shows; null otherwise. */
export async function findInvite(token: unknown, now = new Date()) {
  if (typeof token !== 'string' || token.length < 20) return null;
  const invite = await db.staffInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      businessId: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      business: { select: { name: true } },
    },
  });
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= now) return null;
  const identity = await db.identity.findUnique({ where: { email: invite.email }, select: { passwordHash: true } });
  return { ...invite, hasAccount: !!identity?.passwordHash };
}

type TAcceptResult =
  { ok: true; identity: { identityId: string; name: string; email: string; totpEnabled: boolean } } | TFailure;

/**
 * Accepts an invitation. A new person chooses their name and password; a person who
 * already has a Portico password proves it (throttled like a sign-in). The membership
 * is created and the link used up in one transaction (a guarded UPDATE: used once).
 */
export async function acceptInvite({
  token,
  values,
  now = new Date(),
}: {
  token: unknown;
  values: unknown;
  now?: Date;
}): Promise<TAcceptResult> {
  const invite = await findInvite(token, now);
  if (!invite) return fail('linkInvalid');
  const existing = await db.identity.findUnique({
    where: { email: invite.email },
    select: { id: true, name: true, passwordHash: true, lockedUntil: true, totpEnabledAt: true },
  });
  let passwordHash: string | null = null;
  let name: string;
  if (existing?.passwordHash) {
    const password =
      typeof (values as { password?: unknown })?.password === 'string' ? (values as { password: string }).password : '';
    const { result } = await checkIdentityPassword(existing, password, now);
    if (result !== 'ok') return invalid({ password: 'passwordWrong' });
    name = existing.name ?? invite.email;
  } else {
    const parsed = ZAcceptInvite.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error);
    if (isCommonPassword(parsed.data.password)) return invalid({ password: 'tooCommon' });
    passwordHash = await hashPassword(parsed.data.password);
    name = parsed.data.name;
  }
  const identityId = await db.$transaction(async (tx) => {
    const used = await tx.staffInvite.updateMany({
      where: {
        id: invite.id,
        businessId: invite.businessId,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      data: { acceptedAt: now },
    });
    if (used.count !== 1) return null;
    const id =
      existing?.id ??
      (
        await tx.identity.create({
          // the invite link was sent to this email and came back: the email is proven
          data: { email: invite.email, emailVerifiedAt: now, name, passwordHash, passwordChangedAt: now },
          select: { id: true },
        })
      ).id;
    if (existing && !existing.passwordHash)
      await tx.identity.update({ where: { id }, data: { name, passwordHash, passwordChangedAt: now } });
    await tx.staffMember.upsert({
      where: { businessId_identityId: { businessId: invite.businessId, identityId: id } },
      update: {},
      create: { businessId: invite.businessId, identityId: id, role: invite.role, displayName: name },
    });
    await recordAuditEvent(
      {
        businessId: invite.businessId,
        actorType: 'staff',
        actorId: id,
        action: 'staff.invite_accepted',
        meta: { role: invite.role },
      },
      tx,
    );
    return id;
  });
  if (!identityId) return fail('linkInvalid');
  return { ok: true, identity: { identityId, name, email: invite.email, totpEnabled: !!existing?.totpEnabledAt } };
}
