import 'server-only';
import { db } from '@/lib/db';
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
 * One-time codes for a signed-in or page-scoped purpose whose subject is known to the
 * server (a contact change of a card, a page's access by a card). The same rules as
 * sign-in codes (../shared/SECURITY-TESTS.md): 6 digits, hashed with the purpose,
 * business, subject and destination, 10 min, single use, 5 tries, failures counted
 * across codes, 60 s between sends, hourly caps per subject, destination and IP.
 */
export type TBoundCode = {
  purpose: 'verify_contact' | 'confirm_contact_change' | 'page_access';
  businessId: string;
  subject: string;
};

const hashBinding = (b: TBoundCode, destination: string) => ({
  purpose: b.purpose,
  businessId: b.businessId,
  clientId: `${b.subject}>${destination}`,
});

export type TIssueResult = { outcome: 'issued'; code: string } | { outcome: 'too_soon' | 'rate_limited' };
type TSend = {
  destination: string;
  channel: 'email' | 'sms';
  ip?: string | null;
  now: Date;
  identityId?: string | null;
};

/** Whether a new code may be sent now: null, or which limit holds (60 s resend; hourly caps per subject, destination, IP). */
export async function sendLimit(
  binding: TBoundCode,
  { destination, ip, now }: Pick<TSend, 'destination' | 'ip' | 'now'>,
): Promise<'too_soon' | 'rate_limited' | null> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const where = { purpose: binding.purpose, businessId: binding.businessId, clientId: binding.subject };
  const [last, perSubject, perDestination, perIp] = await Promise.all([
    db.oneTimeCode.findFirst({ where, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
    db.oneTimeCode.count({ where: { ...where, createdAt: { gte: since } } }),
    db.oneTimeCode.count({ where: { destination, createdAt: { gte: since } } }),
    ip ? db.oneTimeCode.count({ where: { requestIp: ip, createdAt: { gte: since } } }) : Promise.resolve(0),
  ]);
  if (last && now.getTime() - last.createdAt.getTime() < RESEND_AFTER_MS) return 'too_soon';
  if (perSubject >= MAX_SENDS_PER_CARD || perDestination >= MAX_SENDS_PER_DESTINATION || perIp >= MAX_SENDS_PER_IP)
    return 'rate_limited';
  return null;
}

/** Creates a code for this subject and destination, revoking the subject's earlier ones; returns the digits to send. */
export async function createBoundCode(
  binding: TBoundCode,
  { destination, channel, ip, now, identityId }: TSend,
): Promise<string> {
  const where = { purpose: binding.purpose, businessId: binding.businessId, clientId: binding.subject };
  const code = generateCode();
  await db.$transaction([
    db.oneTimeCode.updateMany({ where: { ...where, consumedAt: null, revokedAt: null }, data: { revokedAt: now } }),
    db.oneTimeCode.create({
      data: {
        ...where,
        identityId: identityId ?? null,
        channel,
        destination,
        codeHash: hashCode(hashBinding(binding, destination), code),
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
        requestIp: ip ?? null,
        createdAt: now,
      },
    }),
  ]);
  return code;
}

/** `sendLimit` then `createBoundCode`: nothing is created when a limit holds. */
export async function issueBoundCode(binding: TBoundCode, send: TSend): Promise<TIssueResult> {
  const limit = await sendLimit(binding, send);
  return limit ? { outcome: limit } : { outcome: 'issued', code: await createBoundCode(binding, send) };
}

export type TBoundCodeError = 'invalid' | 'expired' | 'too_many_attempts';
export type TPendingCode = { id: string; destination: string; channel: string; createdAt: Date; expiresAt: Date };

/** The subject's newest code if it can still be used (for showing where it went), else null. */
export async function pendingBoundCode(binding: TBoundCode, now: Date): Promise<TPendingCode | null> {
  const latest = await db.oneTimeCode.findFirst({
    where: { purpose: binding.purpose, businessId: binding.businessId, clientId: binding.subject },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      destination: true,
      channel: true,
      createdAt: true,
      expiresAt: true,
      consumedAt: true,
      revokedAt: true,
      attempts: true,
    },
  });
  if (
    !latest ||
    latest.consumedAt ||
    latest.revokedAt ||
    latest.expiresAt <= now ||
    latest.attempts >= MAX_ATTEMPTS_PER_CODE
  )
    return null;
  return {
    id: latest.id,
    destination: latest.destination,
    channel: latest.channel,
    createdAt: latest.createdAt,
    expiresAt: latest.expiresAt,
  };
}

/**
 * Checks a typed code against the subject's newest code without using it up: a wrong
 * code counts an attempt (5 burn it). Returns the row on a match, for `consumeBoundCodes`.
 */
export async function matchBoundCode(
  binding: TBoundCode,
  typed: string,
  now: Date,
): Promise<{ ok: true; row: TPendingCode } | { ok: false; error: TBoundCodeError }> {
  const digits = typed.replace(/\s+/g, '');
  const where = { purpose: binding.purpose, businessId: binding.businessId, clientId: binding.subject };
  const since = new Date(now.getTime() - WINDOW_MS);
  const [failures, latest] = await Promise.all([
    db.oneTimeCode.aggregate({ where: { ...where, createdAt: { gte: since } }, _sum: { attempts: true } }),
    db.oneTimeCode.findFirst({ where, orderBy: { createdAt: 'desc' } }),
  ]);
  if ((failures._sum.attempts ?? 0) >= MAX_FAILURES_PER_WINDOW) return { ok: false, error: 'too_many_attempts' };
  if (!latest || latest.consumedAt) return { ok: false, error: 'invalid' };
  if (latest.attempts >= MAX_ATTEMPTS_PER_CODE) return { ok: false, error: 'too_many_attempts' };
  if (latest.revokedAt) return { ok: false, error: 'invalid' };
  if (latest.expiresAt <= now) return { ok: false, error: 'expired' };
  if (
    !/^\d{6}$/.test(digits) ||
    !sameHash(hashCode(hashBinding(binding, latest.destination), digits), latest.codeHash)
  ) {
    await db.oneTimeCode.updateMany({
      where: { id: latest.id, attempts: { lt: MAX_ATTEMPTS_PER_CODE } },
      data: { attempts: { increment: 1 } },
    });
    const after = await db.oneTimeCode.findUniqueOrThrow({ where: { id: latest.id }, select: { attempts: true } });
    if (after.attempts >= MAX_ATTEMPTS_PER_CODE) {
      await db.oneTimeCode.updateMany({ where: { id: latest.id, revokedAt: null }, data: { revokedAt: now } });
      return { ok: false, error: 'too_many_attempts' };
    }
    return { ok: false, error: 'invalid' };
  }
  return {
    ok: true,
    row: {
      id: latest.id,
      destination: latest.destination,
      channel: latest.channel,
      createdAt: latest.createdAt,
      expiresAt: latest.expiresAt,
    },
  };
}

/**
 * Uses up matched codes, all or none: each consuming UPDATE is guarded, so of
 * concurrent submits exactly one wins. Runs inside the caller's transaction.
 */
export async function consumeBoundCodes(tx: Pick<typeof db, 'oneTimeCode'>, ids: string[], now: Date) {
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
