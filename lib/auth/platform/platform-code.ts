import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { parseLoginMethods } from '@/lib/business/schemas';
import { db } from '@/lib/db';
import type { TLocale } from '@/lib/i18n/locales';
import { codeRequestOverLimit, consumeCodes, issueCode, matchCode, type TCodeKey } from '../codes/one-time-code';
import { sendCodeMessage } from '../codes/send-code-message';
import { maskDestination, parseIdentifier, type TIdentifier } from '../../format/identifiers';
import { fail, type TFailure } from '@/lib/result';

const PURPOSE = 'platform_sign_in';
const PORTICO = { id: null, name: 'Portico', accentColor: '#1e3a8a' };

const keyOf = (identityId: string): TCodeKey => ({ purpose: PURPOSE, businessId: null, subject: identityId });

const findIdentity = (parsed: TIdentifier) =>
  db.identity.findUnique({
    where: parsed.kind === 'email' ? { email: parsed.value } : { phone: parsed.value },
    select: {
      id: true,
      clients: {
        where: { status: 'active', business: { allowClientLogin: true } },
        select: { business: { select: { loginMethods: true } } },
      },
    },
  });

/**
 * /login by one-time code (seed 004: the same methods as a portal). The answer is the same for
 * every address ("if this belongs to one of our clients…"): the person is looked up in `deliver`,
 * after the response, and a code goes only to a person with a portal that takes codes this way.
 */
export async function requestPlatformCode({
  identifier,
  country,
  locale,
  ip,
  now = new Date(),
}: {
  identifier: string;
  /** where a number typed without +code is read (the reader's region) */
  country: string;
  locale: TLocale;
  ip?: string | null;
  now?: Date;
}) {
  const parsed = parseIdentifier(identifier, country);
  if (!parsed) return { outcome: 'invalid_identifier' as const };
  if (await codeRequestOverLimit(ip, now)) return { outcome: 'rate_limited' as const };
  const channel = parsed.kind === 'email' ? ('email' as const) : ('sms' as const);
  return {
    outcome: 'sent' as const,
    masked: maskDestination(parsed),
    deliver: async (): Promise<'sent' | 'skipped'> => {
      const identity = await findIdentity(parsed);
      const method = channel === 'email' ? 'email_code' : 'sms_code';
      if (!identity?.clients.some((c) => parseLoginMethods(c.business.loginMethods).includes(method))) return 'skipped';
      const issued = await issueCode(keyOf(identity.id), {
        destination: parsed.value,
        channel,
        ip,
        now,
        identityId: identity.id,
      });
      if (issued.outcome !== 'issued') return 'skipped';
      await sendCodeMessage({
        business: PORTICO,
        to: parsed.value,
        channel,
        variant: 'oneTimeCode',
        kind: 'platform_sign_in_code',
        code: issued.code,
        locale,
      });
      return 'sent';
    },
  };
}

/**
 * The code typed on /login: the person, or 'invalid'. One answer for every failure (wrong,
 * used, expired, burned, nobody at this address), so the step tells nothing about accounts.
 */
export async function verifyPlatformCode({
  identifier,
  code,
  country,
  now = new Date(),
}: {
  identifier: string;
  code: string;
  country: string;
  now?: Date;
}): Promise<{ ok: true; identityId: string } | TFailure<'invalid'>> {
  const parsed = parseIdentifier(identifier, country);
  const identity = parsed ? await findIdentity(parsed) : null;
  if (!parsed || !identity) return fail('invalid');
  const matched = await matchCode(keyOf(identity.id), code, now, parsed.value);
  if (!matched.ok) {
    if (matched.wrong)
      await recordAuditEvent({
        actorType: 'client',
        actorId: identity.id,
        action: matched.wrong.burned ? 'platform.code_burned' : 'platform.code_failed',
        meta: { channel: matched.wrong.channel, attempts: matched.wrong.attempts },
      });
    return fail('invalid');
  }
  if (!(await consumeCodes(db, [matched.row.id], now))) return fail('invalid');
  return { ok: true, identityId: identity.id };
}
