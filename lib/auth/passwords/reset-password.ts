import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { checkCode } from '../codes/check-code';
import { hashToken } from '../codes/code-crypto';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { linkIdentity } from '../codes/link-identity';
import { isCommonPassword } from './common-passwords';
import { replacePassword } from './replace-password';
import { ZNewPassword, type TPasswordError } from './password-policy';
import { fail, type TFailure } from '@/lib/result';

export type TResetError = 'invalid' | 'expired' | 'too_many_attempts' | TPasswordError;

/** The password rules (length, and not a common password); null when it is acceptable. */
export function passwordProblem(password: unknown): TPasswordError | null {
  const parsed = ZNewPassword.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0].message as TPasswordError;
  return isCommonPassword(parsed.data) ? 'tooCommon' : null;
}

/**
 * Sets the new password: every earlier session ends, the throttle is cleared, other
 * reset codes and links are revoked. It does not sign in (and so never bypasses 2FA).
 */
async function setPassword(identityId: string, password: string, businessId: string, method: string, now: Date) {
  await replacePassword(identityId, password, now);
  await recordAuditEvent({
    businessId,
    actorType: 'client',
    actorId: identityId,
    action: 'client.password_reset',
    meta: { method },
  });
}

export async function resetPasswordWithCode({
  portal,
  identifier,
  code,
  password,
  now = new Date(),
}: {
  portal: unknown;
  identifier: string;
  code: string;
  password: string;
  now?: Date;
}): Promise<{ ok: true } | TFailure<TResetError>> {
  const problem = passwordProblem(password); // before the code is used up
  if (problem) return fail(problem);
  const result = await checkCode({ purpose: 'reset_password', portal, identifier, code, now });
  if (!result.ok) return result;
  if (!result.card) return fail('invalid');
  const identityId = await linkIdentity({ ...result.card, businessId: result.business.id }, result.proven, now);
  if (!identityId) return fail('invalid');
  await setPassword(identityId, password, result.business.id, `${result.channel}_code`, now);
  return { ok: true };
}

/** The emailed reset link: valid 1 hour, single use, bound to its business. */
export async function resetPasswordWithLink({
  portal,
  token,
  password,
  now = new Date(),
}: {
  portal: unknown;
  token: string;
  password: string;
  now?: Date;
}): Promise<{ ok: true } | TFailure<TResetError>> {
  const problem = passwordProblem(password);
  if (problem) return fail(problem);
  const business = await findPortalBusiness(portal);
  const row =
    business && typeof token === 'string'
      ? await db.authToken.findUnique({ where: { tokenHash: hashToken(token) } })
      : null;
  if (!business || !row || row.purpose !== 'reset_password' || row.businessId !== business.id || !row.clientId)
    return fail('invalid');
  const consumed = await db.authToken.updateMany({
    where: { id: row.id, consumedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  if (consumed.count !== 1) return fail('expired');
  const card = await db.client.findFirst({
    where: { id: row.clientId, businessId: business.id, status: 'active' },
    select: { id: true, firstName: true, lastName: true, email: true, identityId: true },
  });
  if (!card?.email) return fail('invalid');
  await db.oneTimeCode.updateMany({
    where: { purpose: 'reset_password', businessId: business.id, clientId: card.id, consumedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const identityId = await linkIdentity(
    { ...card, businessId: business.id },
    { kind: 'email', value: card.email },
    now,
  );
  if (!identityId) return fail('invalid');
  await setPassword(identityId, password, business.id, 'email_link', now);
  return { ok: true };
}
