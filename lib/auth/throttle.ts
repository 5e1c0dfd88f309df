// Per-account password throttling (NIST 800-63B 3.2.2, Keycloak's brute-force
// detector): after 5 consecutive failures the account waits 30 s, doubling with
// each further failure up to 1 h; after 100 it stays locked until a reset. A correct
// password on a throttled account gets the same generic error.
const FREE_FAILURES = 5;
const MAX_FAILURES = 100;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
const FOREVER = new Date('9999-12-31T00:00:00Z');

/** When the account may try again after `failures` consecutive failures, or null. */
export function lockUntil(failures: number, now: Date): Date | null {
  if (failures >= MAX_FAILURES) return FOREVER;
  if (failures < FREE_FAILURES) return null;
  const delay = Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
  return new Date(now.getTime() + delay);
}

export const isLocked = (lockedUntil: Date | null | undefined, now: Date) => !!lockedUntil && lockedUntil > now;
