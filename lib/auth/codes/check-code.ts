import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { hashCode, sameHash } from './code-crypto';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { findCardByIdentifier } from './find-card-by-identifier';
import { MAX_ATTEMPTS_PER_CODE, MAX_FAILURES_PER_WINDOW, WINDOW_MS } from './limits';
import { CODE_PURPOSES, codeSubject, type TCodePurpose } from './purposes';

export type TCodeError = 'invalid' | 'expired' | 'too_many_attempts';

const fail = (error: TCodeError) => ({ ok: false as const, error });

/**
 * Checks and uses up a one-time code typed for a portal, identifier and purpose.
 * Single use even under concurrent submits (the consuming UPDATE is guarded, exactly
 * one wins); 5 wrong tries burn a code; failures count per card and purpose across
 * codes within the hour, so a new code does not reset them.
 */
export async function checkCode({
  purpose,
  portal,
  identifier,
  code,
  now = new Date(),
}: {
  purpose: TCodePurpose;
  portal: unknown;
  identifier: string;
  code: string;
  now?: Date;
}) {
  const business = await findPortalBusiness(portal);
  const typed = code.replace(/\s+/g, '');
  if (!business?.allowClientLogin || !/^\d{6}$/.test(typed)) return fail('invalid');
  const { identifier: parsed, card } = await findCardByIdentifier(business, identifier);
  const config = CODE_PURPOSES[purpose];
  if (!parsed || (config.needsCard && !card) || !config.allowed(business, parsed.kind === 'email' ? 'email' : 'sms'))
    return fail('invalid');

  const binding = { purpose, businessId: business.id, clientId: codeSubject(card, parsed.value) };
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
    await db.oneTimeCode.updateMany({
      where: { id: latest.id, attempts: { lt: MAX_ATTEMPTS_PER_CODE } },
      data: { attempts: { increment: 1 } },
    });
    const after = await db.oneTimeCode.findUniqueOrThrow({ where: { id: latest.id }, select: { attempts: true } });
    const burned = after.attempts >= MAX_ATTEMPTS_PER_CODE;
    if (burned)
      await db.oneTimeCode.updateMany({ where: { id: latest.id, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent({
      businessId: business.id,
      actorType: 'client',
      actorId: card?.identityId,
      action: burned ? 'client.code_burned' : 'client.code_failed',
      targetType: card ? 'client' : undefined,
      targetId: card?.id,
      meta: { purpose, channel: latest.channel, attempts: after.attempts },
    });
    return fail('invalid');
  }

  const consumed = await db.oneTimeCode.updateMany({
    where: {
      id: latest.id,
      consumedAt: null,
      revokedAt: null,
      attempts: { lt: MAX_ATTEMPTS_PER_CODE },
      expiresAt: { gt: now },
    },
    data: { consumedAt: now },
  });
  if (consumed.count !== 1) return fail('invalid');
  // the code's link is used up with it
  if (card && config.link)
    await db.authToken.updateMany({
      where: {
        purpose: config.link.purpose,
        businessId: business.id,
        clientId: card.id,
        consumedAt: null,
        revokedAt: null,
      },
      data: { revokedAt: now },
    });
  return { ok: true as const, business, card, proven: parsed, channel: latest.channel };
}
