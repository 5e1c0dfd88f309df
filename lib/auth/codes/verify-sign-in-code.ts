import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { parseLoginMethods } from '@/lib/business/schemas';
import { db } from '@/lib/db';
import { clientSessionUser } from '../client-session-user';
import { hashCode, sameHash } from './code-crypto';
import { findCardByIdentifier, findSignInBusiness } from './find-card-by-identifier';
import { MAX_ATTEMPTS_PER_CODE, MAX_FAILURES_PER_WINDOW, WINDOW_MS } from './limits';
import { linkIdentity } from './link-identity';
import { SIGN_IN } from './request-sign-in-code';

export type TCodeError = 'invalid' | 'expired' | 'too_many_attempts';
type TResult = { ok: true; user: Awaited<ReturnType<typeof clientSessionUser>> } | { ok: false; error: TCodeError };

const fail = (error: TCodeError): TResult => ({ ok: false, error });

/**
 * Checks a sign-in code typed for a portal and identifier. Single use even under
 * concurrent submits (the consuming UPDATE is guarded, exactly one wins); 5 wrong
 * tries burn a code; failures count per card across codes within the hour.
 */
export async function verifySignInCode({ portal, identifier, code, remember = false, now = new Date() }: { portal: unknown; identifier: string; code: string; remember?: boolean; now?: Date }): Promise<TResult> {
  const business = await findSignInBusiness(portal);
  const typed = code.replace(/\s+/g, '');
  if (!business?.allowClientLogin || !/^\d{6}$/.test(typed)) return fail('invalid');
  const methods = parseLoginMethods(business.loginMethods);
  const { identifier: parsed, card } = await findCardByIdentifier(business, identifier);
  if (!parsed || !card || !methods.includes(parsed.kind === 'email' ? 'email_code' : 'sms_code')) return fail('invalid');

  const binding = { purpose: SIGN_IN, businessId: business.id, clientId: card.id };
  const since = new Date(now.getTime() - WINDOW_MS);
  const [failures, latest] = await Promise.all([
    db.oneTimeCode.aggregate({ where: { ...binding, createdAt: { gte: since } }, _sum: { attempts: true } }),
    db.oneTimeCode.findFirst({ where: { ...binding, destination: parsed.value }, orderBy: { createdAt: 'desc' } }),
  ]);
  if ((failures._sum.attempts ?? 0) >= MAX_FAILURES_PER_WINDOW) return fail('too_many_attempts');
  if (!latest || latest.consumedAt) return fail('invalid');
  if (latest.attempts >= MAX_ATTEMPTS_PER_CODE) return fail('too_many_attempts');
  if (latest.revokedAt) return fail('invalid');
  if (latest.expiresAt <= now) return fail('expired');

  if (!sameHash(hashCode(binding, typed), latest.codeHash)) {
    await db.oneTimeCode.updateMany({ where: { id: latest.id, attempts: { lt: MAX_ATTEMPTS_PER_CODE } }, data: { attempts: { increment: 1 } } });
    const after = await db.oneTimeCode.findUniqueOrThrow({ where: { id: latest.id }, select: { attempts: true } });
    const burned = after.attempts >= MAX_ATTEMPTS_PER_CODE;
    if (burned) await db.oneTimeCode.updateMany({ where: { id: latest.id, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent({ businessId: business.id, actorType: 'client', actorId: card.identityId, action: burned ? 'client.code_burned' : 'client.sign_in_failed', targetType: 'client', targetId: card.id, meta: { method: `${latest.channel}_code`, attempts: after.attempts } });
    return fail('invalid');
  }

  const consumed = await db.oneTimeCode.updateMany({
    where: { id: latest.id, consumedAt: null, revokedAt: null, attempts: { lt: MAX_ATTEMPTS_PER_CODE }, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  if (consumed.count !== 1) return fail('invalid');
  await db.authToken.updateMany({ where: { purpose: 'sign_in_link', businessId: business.id, clientId: card.id, consumedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const identityId = await linkIdentity({ ...card, businessId: business.id }, parsed, now);
  return { ok: true, user: await clientSessionUser(business, card, identityId, { method: `${latest.channel}_code`, remember, now }) };
}
