import { describe, expect, it } from 'vitest';
import { isLocked, lockUntil } from '@/lib/auth/throttle';

const now = new Date('2026-11-22T10:00:00Z');

describe('password throttling', () => {
  it('lets the first four failures through, then waits 30 s, doubling, at most an hour', () => {
    expect(lockUntil(4, now)).toBeNull();
    expect(lockUntil(5, now)!.getTime() - now.getTime()).toBe(30_000);
    expect(lockUntil(6, now)!.getTime() - now.getTime()).toBe(60_000);
    expect(lockUntil(12, now)!.getTime() - now.getTime()).toBe(3_600_000);
    expect(lockUntil(99, now)!.getTime() - now.getTime()).toBe(3_600_000);
  });

  it('locks for good at 100 consecutive failures', () => {
    expect(lockUntil(100, now)!.getUTCFullYear()).toBe(9999);
  });

  it('is locked only until the instant passes', () => {
    const until = lockUntil(5, now)!;
    expect(isLocked(until, new Date(until.getTime() - 1))).toBe(true);
    expect(isLocked(until, until)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});
