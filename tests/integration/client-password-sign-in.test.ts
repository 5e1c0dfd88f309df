import { beforeAll, describe, expect, it } from 'vitest';
import { verifyClientPassword } from '@/lib/auth/passwords/verify-client-password';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

const { email, phone, password } = DEMO_CREDENTIALS.client;

beforeAll(async () => {
  await seedDemo();
}, 60_000);

async function resetThrottle() {
  await db.identity.update({ where: { email }, data: { failedLogins: 0, lockedUntil: null } });
}

describe('client password sign-in', () => {
  it('signs in by email or by phone, bound to the portal it was made on', async () => {
    const demo = await verifyClientPassword({ portal: 'demo', identifier: ' Demo.Client@Example.com ', password });
    const acme = await verifyClientPassword({ portal: 'acme', identifier: phone, password, remember: 'true' });
    const [demoBusiness, acmeBusiness] = await Promise.all(
      ['demo', 'acme'].map((slug) => db.business.findUniqueOrThrow({ where: { slug } })),
    );
    expect(demo).toMatchObject({ kind: 'client', portal: 'demo', businessId: demoBusiness.id, name: 'Demo Client' });
    expect(acme).toMatchObject({ kind: 'client', portal: 'acme', businessId: acmeBusiness.id });
    expect(demo!.id).toBe(acme!.id); // one identity
    expect(demo!.clientId).not.toBe(acme!.clientId); // two cards
    // session length: the business's 8 h, or 30 days when remembered
    expect(demo!.expiresAt - Date.now()).toBeGreaterThan(7.9 * 3600_000);
    expect(demo!.expiresAt - Date.now()).toBeLessThan(8.1 * 3600_000);
    expect(acme!.expiresAt - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
  });

  it('reads a national number in the business country', async () => {
    expect(await verifyClientPassword({ portal: 'demo', identifier: '333 123 4567', password })).not.toBeNull();
  });

  it('gives the same null for a wrong password, an unknown identifier, another business and a bad portal', async () => {
    await resetThrottle();
    const acmeOnly = await db.client.findFirstOrThrow({
      where: { business: { slug: 'acme' }, identityId: null },
      select: { email: true },
    });
    await db.identity.create({
      data: {
        email: acmeOnly.email!,
        passwordHash: (await db.identity.findUniqueOrThrow({ where: { email } })).passwordHash,
      },
    });
    // a real identity with the right password, but not a client of Studio Demo
    const results = await Promise.all([
      verifyClientPassword({ portal: 'demo', identifier: email, password: 'wrong password' }),
      verifyClientPassword({ portal: 'demo', identifier: 'nobody@example.com', password }),
      verifyClientPassword({ portal: 'demo', identifier: acmeOnly.email!, password }),
      verifyClientPassword({ portal: 'nope', identifier: email, password }),
      verifyClientPassword({ portal: 'demo', identifier: 'demo.client＠example.com', password }),
    ]);
    expect(results).toEqual([null, null, null, null, null]);
    await resetThrottle();
  });

  it('throttles the account after 5 failures: even the right password is refused, with the same answer', async () => {
    await resetThrottle();
    const now = new Date();
    for (let i = 0; i < 5; i++)
      expect(await verifyClientPassword({ portal: 'demo', identifier: email, password: `wrong-${i}` }, now)).toBeNull();
    const identity = await db.identity.findUniqueOrThrow({ where: { email } });
    expect(identity.failedLogins).toBe(5);
    expect(identity.lockedUntil!.getTime()).toBe(now.getTime() + 30_000);
    // throttled, per account: from another portal of the same person too
    expect(
      await verifyClientPassword({ portal: 'demo', identifier: email, password }, new Date(now.getTime() + 29_000)),
    ).toBeNull();
    expect(
      await verifyClientPassword({ portal: 'acme', identifier: email, password }, new Date(now.getTime() + 29_000)),
    ).toBeNull();
    // after the wait the right password works and clears the count
    expect(
      await verifyClientPassword({ portal: 'demo', identifier: email, password }, new Date(now.getTime() + 31_000)),
    ).not.toBeNull();
    expect((await db.identity.findUniqueOrThrow({ where: { email } })).failedLogins).toBe(0);

    const events = await db.auditEvent.findMany({
      where: {
        action: { in: ['client.sign_in_failed', 'client.locked_out', 'client.sign_in_throttled', 'client.signed_in'] },
      },
    });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['client.locked_out', 'client.sign_in_throttled', 'client.signed_in']),
    );
    expect(JSON.stringify(events)).not.toContain(password);
    expect(JSON.stringify(events)).not.toContain('wrong-');
  });

  it('refuses a disabled card and a business that turned client login off', async () => {
    await resetThrottle();
    const demo = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
    await db.client.updateMany({ where: { businessId: demo.id, email }, data: { status: 'disabled' } });
    expect(await verifyClientPassword({ portal: 'demo', identifier: email, password })).toBeNull();
    await db.client.updateMany({ where: { businessId: demo.id, email }, data: { status: 'active' } });
    await db.business.update({ where: { id: demo.id }, data: { allowClientLogin: false } });
    expect(await verifyClientPassword({ portal: 'demo', identifier: email, password })).toBeNull();
    await db.business.update({ where: { id: demo.id }, data: { allowClientLogin: true, loginMethods: 'email_code' } });
    expect(await verifyClientPassword({ portal: 'demo', identifier: email, password })).toBeNull();
  });
});
