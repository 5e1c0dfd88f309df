import 'server-only';
import { fail } from '@/lib/result';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { db } from '@/lib/db';
import { findCardByIdentifier } from './find-card-by-identifier';
import { consumeCodes, matchCode, type TCodeError } from './one-time-code';
import { CODE_PURPOSES, codeSubject, type TCodePurpose } from './purposes';

export type { TCodeError };

/**
 * Checks and uses up a one-time code typed for a portal, identifier and purpose
 * (the rules are in one-time-code.ts). A wrong code is logged; the answer to it is
 * always "invalid", and "too many attempts" once the code is burned.
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
  if (!business?.allowClientLogin || !/^\d{6}$/.test(code.replace(/\s+/g, ''))) return fail('invalid');
  const { identifier: parsed, card } = await findCardByIdentifier(business, identifier);
  const config = CODE_PURPOSES[purpose];
  if (!parsed || (config.needsCard && !card) || !config.allowed(business, parsed.kind === 'email' ? 'email' : 'sms'))
    return fail('invalid');

  const key = { purpose, businessId: business.id, subject: codeSubject(card, parsed.value) };
  const matched = await matchCode(key, code, now, parsed.value);
  if (!matched.ok) {
    if (matched.wrong)
      await recordAuditEvent({
        businessId: business.id,
        actorType: 'client',
        actorId: card?.identityId,
        action: matched.wrong.burned ? 'client.code_burned' : 'client.code_failed',
        targetType: card ? 'client' : undefined,
        targetId: card?.id,
        meta: { purpose, channel: matched.wrong.channel, attempts: matched.wrong.attempts },
      });
    // for a card's codes (sign-in, reset) every failure reads "invalid": a burned or expired code
    // would otherwise tell a known address from an unknown one, whose answer is always "invalid"
    return fail(config.needsCard || matched.wrong ? 'invalid' : matched.error);
  }
  if (!(await consumeCodes(db, [matched.row.id], now))) return fail('invalid');
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
  return { ok: true as const, business, card, proven: parsed, channel: matched.row.channel };
}
