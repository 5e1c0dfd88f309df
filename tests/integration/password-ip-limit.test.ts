import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_PASSWORD_FAILURES_PER_IP,
  PASSWORD_IP_WINDOW_MS,
  withPasswordIpLimit,
} from '@/lib/auth/passwords/password-ip-limit';
import { verifyClientPassword } from '@/lib/auth/passwords/verify-client-password';
import { db } from '@/lib/db';
import { expireCodes } from '@/lib/jobs/expire-codes';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

const NOW = new Date('2026-11-24T10:00:00Z');
const ATTACKER = '198.51.100.7';
const NEIGHBOUR = '198.51.100.8';
const wrong = async () => null;

beforeAll(async () => {
  await seedDemo();
}, 60_000);

beforeEach(async () => {
  await db.passwordFailure.deleteMany({});
});

async function fail(ip: string, times: number, now = NOW) {
  await db.passwordFailure.createMany({ data: Array.from({ length: times }, () => ({ ip, createdAt: now })) });
}

describe('wrong passwords are capped per address, across accounts', () => {
  it('counts each wrong password against the address that sent it', async () => {
    expect(await withPasswordIpLimit(ATTACKER, wrong, NOW)).toEqual({ outcome: 'failed' });
    expect(await withPasswordIpLimit(ATTACKER, async () => 'identity-1', NOW)).toEqual({
      outcome: 'ok',
      value: 'identity-1',
    });
    expect(await db.passwordFailure.count({ where: { ip: ATTACKER } })).toBe(1);
  });

  it('past the cap, even the right password of a real client is refused without hashing, from that address only', async () => {
    await fail(ATTACKER, MAX_PASSWORD_FAILURES_PER_IP);
    const right = {
      portal: 'demo',
      identifier: DEMO_CREDENTIALS.client.email,
      password: DEMO_CREDENTIALS.client.password,
    };
    let checked = false;
    const limited = await withPasswordIpLimit(
      ATTACKER,
      async () => {
        checked = true;
        return verifyClientPassword(right, NOW);
      },
      NOW,
    );
    expect(limited).toEqual({ outcome: 'rate_limited' });
    expect(checked).toBe(false);
    expect(await db.passwordFailure.count({ where: { ip: ATTACKER } })).toBe(MAX_PASSWORD_FAILURES_PER_IP);

    const neighbour = await withPasswordIpLimit(NEIGHBOUR, () => verifyClientPassword(right, NOW), NOW);
    expect(neighbour.outcome).toBe('ok');
  });

  it('one under the cap still gets its answer; the window slides', async () => {
    await fail(ATTACKER, MAX_PASSWORD_FAILURES_PER_IP - 1);
    expect((await withPasswordIpLimit(ATTACKER, wrong, NOW)).outcome).toBe('failed');
    expect((await withPasswordIpLimit(ATTACKER, wrong, NOW)).outcome).toBe('rate_limited');
    const later = new Date(NOW.getTime() + PASSWORD_IP_WINDOW_MS + 1000);
    expect((await withPasswordIpLimit(ATTACKER, wrong, later)).outcome).toBe('failed');
  });

  it('without a known address nothing is counted or refused', async () => {
    for (let i = 0; i < 3; i++) expect((await withPasswordIpLimit(null, wrong, NOW)).outcome).toBe('failed');
    expect(await db.passwordFailure.count()).toBe(0);
  });

  it('the nightly clean-up deletes counts older than a day', async () => {
    await fail(ATTACKER, 2, new Date(NOW.getTime() - 2 * 24 * 3600_000));
    await fail(ATTACKER, 1, NOW);
    expect((await expireCodes(NOW)).passwordFailures).toBe(2);
    expect(await db.passwordFailure.count()).toBe(1);
  });
});
