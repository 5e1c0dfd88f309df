import { generate } from 'otplib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkIdentityPassword } from '@/lib/auth/passwords/identity-password';
import { openTotpSecret } from '@/lib/auth/two-factor/totp';
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from '@/lib/auth/two-factor/enrol-totp';
import { verifySecondFactor } from '@/lib/auth/two-factor/verify-second-factor';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let identityId: string;
const T = 1_900_000_020; // seconds, on a 30 s boundary
const at = (s: number) => new Date(s * 1000);

beforeAll(async () => {
  await seedDemo();
  identityId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.client.email } })).id;
}, 60_000);

describe('two-factor authentication', () => {
  let secret: string;
  let recovery: string[];

  it('enrols: a pending secret until confirmed by a code, then 10 recovery codes stored hashed, and every session ends', async () => {
    const started = await startTotpEnrolment(identityId, { issuer: 'Studio Demo', label: 'demo.client@example.com' });
    expect(started!.uri).toMatch(
      /^otpauth:\/\/totp\/Studio%20Demo:demo\.client%40example\.com\?secret=[A-Z2-7]{32}&issuer=Studio%20Demo/,
    );
    expect(started!.qrSvg).toContain('<svg');
    secret = started!.secret;
    const stored = await db.identity.findUniqueOrThrow({ where: { id: identityId } });
    expect(stored.totpEnabledAt).toBeNull();
    expect(stored.totpSecret).not.toContain(secret);
    expect(openTotpSecret(stored.totpSecret!)).toBe(secret);

    expect(await confirmTotpEnrolment(identityId, '000000', { now: at(T) })).toBeNull();
    recovery = (await confirmTotpEnrolment(identityId, await generate({ secret, epoch: T }), { now: at(T) }))!;
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    const enabled = await db.identity.findUniqueOrThrow({
      where: { id: identityId },
      include: { recoveryCodes: true },
    });
    expect(enabled.totpEnabledAt).not.toBeNull();
    expect(enabled.sessionsValidAfter.getTime()).toBe(T * 1000);
    expect(enabled.recoveryCodes.map((r) => r.codeHash).join()).not.toContain(recovery[0].replace('-', ''));
  });

  it('refuses the code used to enrol (same step), accepts the next one once', async () => {
    expect(await verifySecondFactor(identityId, await generate({ secret, epoch: T }), { now: at(T + 10) })).toEqual({
      ok: false,
      error: 'invalid',
    });
    const next = await generate({ secret, epoch: T + 30 });
    expect(await verifySecondFactor(identityId, next, { now: at(T + 31) })).toEqual({ ok: true, method: 'totp' });
    expect(await verifySecondFactor(identityId, next, { now: at(T + 32) })).toEqual({ ok: false, error: 'invalid' });
  });

  it('refuses a code two steps old', async () => {
    const old = await generate({ secret, epoch: T + 60 });
    expect((await verifySecondFactor(identityId, old, { now: at(T + 60 + 61) })).ok).toBe(false);
    await db.identity.update({ where: { id: identityId }, data: { failedLogins: 0, lockedUntil: null } });
  });

  it('lets only one of two concurrent uses of the same code through', async () => {
    const code = await generate({ secret, epoch: T + 300 });
    const results = await Promise.all([1, 2, 3].map(() => verifySecondFactor(identityId, code, { now: at(T + 301) })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    await db.identity.update({ where: { id: identityId }, data: { failedLogins: 0, lockedUntil: null } });
  });

  it('accepts each recovery code once, typed in any case or spacing', async () => {
    const code = recovery[3];
    expect(await verifySecondFactor(identityId, ` ${code.toUpperCase()} `, { now: at(T + 400) })).toEqual({
      ok: true,
      method: 'recovery_code',
    });
    expect(await verifySecondFactor(identityId, code, { now: at(T + 401) })).toEqual({ ok: false, error: 'invalid' });
    expect(await db.recoveryCode.count({ where: { identityId, usedAt: null } })).toBe(9);
  });

  it('throttles wrong codes on a counter of their own: a right password in between never resets it', async () => {
    const reset = { secondFactorFailures: 0, secondFactorLockedUntil: null, failedLogins: 0, lockedUntil: null };
    await db.identity.update({ where: { id: identityId }, data: reset });
    const identity = () =>
      db.identity.findUniqueOrThrow({
        where: { id: identityId },
        select: { id: true, passwordHash: true, lockedUntil: true },
      });
    const results = [];
    // password, two wrong codes, password again, … (the loop the probe ran): the fifth wrong code locks
    for (let i = 0; i < 6; i++) {
      if (i % 2 === 0)
        expect(
          (await checkIdentityPassword(await identity(), DEMO_CREDENTIALS.client.password, at(T + 500))).result,
        ).toBe('ok');
      results.push(await verifySecondFactor(identityId, '12345' + i, { now: at(T + 500) }));
    }
    expect(results.slice(0, 4).every((r) => !r.ok && r.error === 'invalid')).toBe(true);
    expect(results[4]).toEqual({ ok: false, error: 'locked' });
    // a right code while locked is refused, and the password step stays open
    expect(
      await verifySecondFactor(identityId, await generate({ secret, epoch: T + 510 }), { now: at(T + 510) }),
    ).toEqual({ ok: false, error: 'locked' });
    expect((await db.identity.findUniqueOrThrow({ where: { id: identityId } })).failedLogins).toBe(0);
    await db.identity.update({ where: { id: identityId }, data: reset });
  });

  it('caps wrong codes from one address across identities, apart from passwords', async () => {
    const ip = '203.0.113.77';
    await db.passwordFailure.createMany({
      data: Array.from({ length: 30 }, () => ({ ip, step: 'password', createdAt: at(T + 520) })),
    });
    // thirty wrong passwords from that address do not close the second step ...
    expect(await verifySecondFactor(identityId, '000001', { ip, now: at(T + 521) })).toEqual({
      ok: false,
      error: 'invalid',
    });
    await db.passwordFailure.createMany({
      data: Array.from({ length: 29 }, () => ({ ip, step: 'second_factor', createdAt: at(T + 520) })),
    });
    // ... thirty wrong codes do, even for a right code, from that address only
    const right = await generate({ secret, epoch: T + 540 });
    expect(await verifySecondFactor(identityId, right, { ip, now: at(T + 540) })).toEqual({
      ok: false,
      error: 'locked',
    });
    expect(await verifySecondFactor(identityId, right, { ip: '198.51.100.1', now: at(T + 540) })).toEqual({
      ok: true,
      method: 'totp',
    });
    await db.identity.update({
      where: { id: identityId },
      data: { secondFactorFailures: 0, secondFactorLockedUntil: null },
    });
  });

  it('turns off: secret and recovery codes removed, sessions ended, logged', async () => {
    await disableTotp(identityId, { now: at(T + 600) });
    const identity = await db.identity.findUniqueOrThrow({
      where: { id: identityId },
      include: { recoveryCodes: true },
    });
    expect(identity).toMatchObject({ totpSecret: null, totpEnabledAt: null, recoveryCodes: [] });
    expect(identity.sessionsValidAfter.getTime()).toBe((T + 600) * 1000);
    expect(
      await db.auditEvent.count({
        where: {
          actorId: identityId,
          action: { in: ['client.2fa_enabled', 'client.2fa_disabled', 'client.recovery_code_used'] },
        },
      }),
    ).toBe(3);
  });
});
