import 'server-only';
import { db } from '@/lib/db';
import { requestIp } from '@/lib/request-ip';
import { fail, type TFailure } from '@/lib/result';

/** wrong passwords one address may send, across every account and sign-in page, per window */
export const MAX_PASSWORD_FAILURES_PER_IP = 30;
export const PASSWORD_IP_WINDOW_MS = 15 * 60_000;

/**
 * Runs a password check unless this address has sent too many wrong passwords
 * lately; a check that fails (null) is counted against the address. The answer
 * 'rate_limited' is about the address, never about an account, so it reveals
 * nothing; no password hash is computed for it.
 */
export async function withPasswordIpLimit<T>(
  ip: string | null,
  check: () => Promise<T | null>,
  now = new Date(),
): Promise<{ outcome: 'ok'; value: T } | { outcome: 'failed' | 'rate_limited' }> {
  if (ip) {
    const since = new Date(now.getTime() - PASSWORD_IP_WINDOW_MS);
    const failures = await db.passwordFailure.count({ where: { ip, step: 'password', createdAt: { gte: since } } });
    if (failures >= MAX_PASSWORD_FAILURES_PER_IP) return { outcome: 'rate_limited' };
  }
  const value = await check();
  if (value !== null) return { outcome: 'ok', value };
  if (ip) await db.passwordFailure.create({ data: { ip, step: 'password', createdAt: now } });
  return { outcome: 'failed' };
}

/** wrong second-step codes one address may send, across every identity, per window */
const MAX_SECOND_FACTOR_FAILURES_PER_IP = 30;

/** Whether this address sent too many wrong second-step codes lately (counted apart from passwords). */
export async function secondFactorIpOverLimit(ip: string | null | undefined, now: Date) {
  if (!ip) return false;
  const since = new Date(now.getTime() - PASSWORD_IP_WINDOW_MS);
  const failures = await db.passwordFailure.count({ where: { ip, step: 'second_factor', createdAt: { gte: since } } });
  return failures >= MAX_SECOND_FACTOR_FAILURES_PER_IP;
}

export async function countSecondFactorFailure(ip: string | null | undefined, now: Date) {
  if (ip) await db.passwordFailure.create({ data: { ip, step: 'second_factor', createdAt: now } });
}

/**
 * The sign-in forms' use of it: the password check from this request's address, its
 * failure already in the form's words ('invalid' for any account failure).
 */
export async function checkPasswordFromThisAddress<T>(
  check: () => Promise<T | null>,
): Promise<{ value: T; error?: undefined } | TFailure<'invalid' | 'rate_limited'>> {
  const checked = await withPasswordIpLimit(await requestIp(), check);
  if (checked.outcome === 'ok') return { value: checked.value };
  return fail(checked.outcome === 'rate_limited' ? 'rate_limited' : 'invalid');
}
