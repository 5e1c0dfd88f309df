import 'server-only';
import { fail } from '@/lib/result';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db, type Db } from '@/lib/db';
import { generateCode, hashCode, sameHash } from './code-crypto';
import {
  CODE_TTL_MS,
  MAX_ATTEMPTS_PER_CODE,
  MAX_FAILURES_PER_WINDOW,
  MAX_SENDS_PER_CARD,
  MAX_SENDS_PER_DESTINATION,
  MAX_SENDS_PER_IP,
  RESEND_AFTER_MS,
  WINDOW_MS,
} from './limits';

/**
 * The one place for the rules of one-time codes (docs/SECURITY.md): 6 digits, stored
 * as an HMAC of the purpose, business, subject and destination, 10 minutes, single use
 * (a guarded UPDATE: of concurrent submits exactly one wins), 5 wrong tries burn a
 * code, failures counted across codes within the hour, 60 s between sends, hourly caps
 * per subject, destination and IP. The subject is a card (sign-in, reset, contact
 * change, page access) or, for sign-up, the address being proven.
 *
 * Callers decide what an answer may reveal: sign-in codes (request-code.ts) answer
 * before any card lookup and never report a per-card limit; codes for a known subject
 * (contact change, page access) report them.
 */
/** businessId null: a code for Portico itself (a business being created) */
export type TCodeKey = { purpose: string; businessId: string | null; subject: string };
export type TCodeError = 'invalid' | 'expired' | 'too_many_attempts';
export type TPendingCode = { id: string; destination: string; channel: string; createdAt: Date; expiresAt: Date };
type TSend = {
  destination: string;
  channel: 'email' | 'sms';
  ip?: string | null;
  now: Date;
  identityId?: string | null;
};

const rowsOf = (key: TCodeKey) => ({ purpose: key.purpose, businessId: key.businessId, clientId: key.subject });
const hashBinding = (key: TCodeKey, destination: string) => ({
  ...rowsOf(key),
  businessId: key.businessId ?? '',
  clientId: `${key.subject}>${destination}`,
});
const windowStart = (now: Date) => new Date(now.getTime() - WINDOW_MS);

/** Whether this IP was sent its hourly share of codes (of any purpose), for subjects the server already knows. */
async function ipOverLimit(ip: string | null | undefined, now: Date) {
  if (!ip) return false;
  return (
    (await db.oneTimeCode.count({ where: { requestIp: ip, createdAt: { gte: windowStart(now) } } })) >= MAX_SENDS_PER_IP
  );
}

/**
 * A request for a code to an address the answer must not tell anything about (sign-in, reset,
 * /login, a restricted page): counted against the requester's address whatever the address asked
 * for, known or not, so the cap's edge falls on the same request for both. True when the
 * address used up its hourly share; otherwise this request is counted.
 */
export async function codeRequestOverLimit(ip: string | null | undefined, now: Date) {
  if (!ip) return false;
  const since = windowStart(now);
  const requests = await db.auditEvent.count({ where: { ip, action: 'code.requested', createdAt: { gte: since } } });
  if (requests >= MAX_SENDS_PER_IP) return true;
  await recordAuditEvent({ actorType: 'anonymous', action: 'code.requested', ip, createdAt: now });
  return false;
}

/** Whether a new code may be sent now: null, or which limit holds (60 s resend; hourly caps per subject, destination and, when given, IP). */
export async function sendLimit(
  key: TCodeKey,
  { destination, ip, now }: Pick<TSend, 'destination' | 'ip' | 'now'>,
): Promise<'too_soon' | 'rate_limited' | null> {
  const where = rowsOf(key);
  const since = windowStart(now);
  const [last, perSubject, perDestination, overIp] = await Promise.all([
    db.oneTimeCode.findFirst({ where, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
    db.oneTimeCode.count({ where: { ...where, createdAt: { gte: since } } }),
    db.oneTimeCode.count({ where: { destination, createdAt: { gte: since } } }),
    ipOverLimit(ip, now),
  ]);
  if (last && now.getTime() - last.createdAt.getTime() < RESEND_AFTER_MS) return 'too_soon';
  if (perSubject >= MAX_SENDS_PER_CARD || perDestination >= MAX_SENDS_PER_DESTINATION || overIp) return 'rate_limited';
  return null;
}

/**
 * Creates a code for this subject and destination and revokes the subject's earlier ones,
 * in one transaction with `alongside` (e.g. the link sent with it); returns the digits to send.
 */
export async function createCode(
  key: TCodeKey,
  { destination, channel, ip, now, identityId }: TSend,
  alongside: (tx: Pick<Db, 'authToken'>) => Promise<unknown> = async () => undefined,
): Promise<string> {
  const where = rowsOf(key);
  const code = generateCode();
  await db.$transaction(async (tx) => {
    await tx.oneTimeCode.updateMany({
      where: { ...where, consumedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await alongside(tx);
    await tx.oneTimeCode.create({
      data: {
        ...where,
        identityId: identityId ?? null,
        channel,
        destination,
        codeHash: hashCode(hashBinding(key, destination), code),
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
        requestIp: ip ?? null,
        createdAt: now,
      },
    });
  });
  return code;
}

/** `sendLimit` then `createCode`: nothing is created when a limit holds. */
export async function issueCode(
  key: TCodeKey,
  send: TSend,
): Promise<{ outcome: 'issued'; code: string } | { outcome: 'too_soon' | 'rate_limited' }> {
  const limit = await sendLimit(key, send);
  return limit ? { outcome: limit } : { outcome: 'issued', code: await createCode(key, send) };
}

/** The subject's newest code if it can still be used (for showing where it went), else null. */
export async function pendingCode(key: TCodeKey, now: Date): Promise<TPendingCode | null> {
  const latest = await db.oneTimeCode.findFirst({
    where: rowsOf(key),
    orderBy: { createdAt: 'desc' },
    select: pendingSelect,
  });
  if (!latest || !usable(latest, now)) return null;
  return toPending(latest);
}

const pendingSelect = {
  id: true,
  destination: true,
  channel: true,
  createdAt: true,
  expiresAt: true,
  consumedAt: true,
  revokedAt: true,
  attempts: true,
} as const;
type TCodeRow = { consumedAt: Date | null; revokedAt: Date | null; expiresAt: Date; attempts: number };
const usable = (row: TCodeRow, now: Date) =>
  !row.consumedAt && !row.revokedAt && row.expiresAt > now && row.attempts < MAX_ATTEMPTS_PER_CODE;
const toPending = ({ id, destination, channel, createdAt, expiresAt }: TPendingCode): TPendingCode => ({
  id,
  destination,
  channel,
  createdAt,
  expiresAt,
});

export type TMatch =
  | { ok: true; row: TPendingCode }
  | { ok: false; error: TCodeError; wrong?: { channel: string; attempts: number; burned: boolean } };

/**
 * Checks a typed code against the subject's newest code (to this destination, when
 * given) without using it up. A wrong code counts an attempt; the fifth burns it
 * (`wrong` tells the caller, for its audit log). Use a match with `consumeCodes`.
 */
export async function matchCode(key: TCodeKey, typed: string, now: Date, destination?: string): Promise<TMatch> {
  const digits = typed.replace(/\s+/g, '');
  const where = rowsOf(key);
  const [failures, latest] = await Promise.all([
    db.oneTimeCode.aggregate({ where: { ...where, createdAt: { gte: windowStart(now) } }, _sum: { attempts: true } }),
    db.oneTimeCode.findFirst({
      where: destination ? { ...where, destination } : where,
      orderBy: { createdAt: 'desc' },
      select: { ...pendingSelect, codeHash: true },
    }),
  ]);
  if ((failures._sum.attempts ?? 0) >= MAX_FAILURES_PER_WINDOW) return fail('too_many_attempts');
  if (!latest || latest.consumedAt) return fail('invalid');
  if (latest.attempts >= MAX_ATTEMPTS_PER_CODE) return fail('too_many_attempts');
  if (latest.revokedAt) return fail('invalid');
  if (latest.expiresAt <= now) return fail('expired');
  if (/^\d{6}$/.test(digits) && sameHash(hashCode(hashBinding(key, latest.destination), digits), latest.codeHash))
    return { ok: true, row: toPending(latest) };

  await db.oneTimeCode.updateMany({
    where: { id: latest.id, attempts: { lt: MAX_ATTEMPTS_PER_CODE } },
    data: { attempts: { increment: 1 } },
  });
  const { attempts } = await db.oneTimeCode.findUniqueOrThrow({ where: { id: latest.id }, select: { attempts: true } });
  const burned = attempts >= MAX_ATTEMPTS_PER_CODE;
  if (burned) await db.oneTimeCode.updateMany({ where: { id: latest.id, revokedAt: null }, data: { revokedAt: now } });
  return {
    ok: false,
    error: burned ? 'too_many_attempts' : 'invalid',
    wrong: { channel: latest.channel, attempts, burned },
  };
}

/**
 * Uses up matched codes, all or none: each consuming UPDATE is guarded, so of concurrent
 * submits exactly one wins. Runs inside the caller's transaction, or on its own.
 */
export async function consumeCodes(tx: Pick<Db, 'oneTimeCode'>, ids: string[], now: Date) {
  const consumed = await tx.oneTimeCode.updateMany({
    where: {
      id: { in: ids },
      consumedAt: null,
      revokedAt: null,
      attempts: { lt: MAX_ATTEMPTS_PER_CODE },
      expiresAt: { gt: now },
    },
    data: { consumedAt: now },
  });
  return consumed.count === ids.length;
}
