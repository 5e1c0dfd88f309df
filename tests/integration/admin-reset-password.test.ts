// Seed 000: staff "Reset password" — a new password goes to the card's address, nobody sees
// it, the client chooses their own at the next sign-in, every session of theirs ends.
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseOwnPassword } from '@/lib/auth/passwords/choose-password';
import { hashPassword } from '@/lib/crypto/password-hash';
import { verifyClientPassword } from '@/lib/auth/passwords/verify-client-password';
import { resetClientPassword } from '@/lib/clients/reset-client-password';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let demo: { id: string; slug: string; name: string; accentColor: string; defaultLocale: string };
let staffId: string;
const PASSWORD = /\b[a-z2-9]{4}(?:-[a-z2-9]{4}){3}\b/;

beforeAll(async () => {
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({
    where: { slug: 'demo' },
    select: { id: true, slug: true, name: true, accentColor: true, defaultLocale: true },
  });
  staffId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
}, 60_000);

describe('staff reset a client’s password', () => {
  it('emails a new password, ends the sessions, and the client must choose their own', async () => {
    const identity = await db.identity.create({
      data: {
        email: 'anna.gori@example.com',
        name: 'Anna Gori',
        passwordHash: await hashPassword('old-password-of-anna'),
        sessionsValidAfter: new Date(0),
      },
    });
    const card = await db.client.create({
      data: {
        businessId: demo.id,
        identityId: identity.id,
        firstName: 'Anna',
        lastName: 'Gori',
        email: 'anna.gori@example.com',
      },
    });
    expect(
      await resetClientPassword({ business: demo, clientId: card.id, channel: 'email', staffIdentityId: staffId }),
    ).toEqual({ ok: true });
    const mail = await db.outboundMessage.findFirstOrThrow({
      where: { to: 'anna.gori@example.com', kind: 'password_reset_by_staff' },
    });
    const password = PASSWORD.exec(mail.text)![0];
    const after = await db.identity.findUniqueOrThrow({ where: { id: identity.id } });
    expect(after.mustChangePassword).toBe(true);
    expect(after.sessionsValidAfter.getTime()).toBeGreaterThan(0);
    const signIn = (pw: string) =>
      verifyClientPassword({ portal: 'demo', identifier: 'anna.gori@example.com', password: pw });
    expect(await signIn('old-password-of-anna')).toBeNull();
    expect(await signIn(password)).not.toBeNull();
    expect(
      await db.auditEvent.count({
        where: { action: 'client.password_reset_by_staff', actorId: staffId, targetId: card.id },
      }),
    ).toBe(1);

    expect(await chooseOwnPassword({ identityId: identity.id, businessId: demo.id, password: 'password' })).toEqual({
      ok: false,
      error: 'tooCommon',
    });
    expect(
      await chooseOwnPassword({ identityId: identity.id, businessId: demo.id, password: 'annas-own-password-2026' }),
    ).toEqual({ ok: true });
    expect((await db.identity.findUniqueOrThrow({ where: { id: identity.id } })).mustChangePassword).toBe(false);
    expect(await signIn('annas-own-password-2026')).not.toBeNull();
    // choosing again without a reset is refused
    expect(
      (await chooseOwnPassword({ identityId: identity.id, businessId: demo.id, password: 'another-password-2026' })).ok,
    ).toBe(false);
  });

  it('gives a card without a login one, by SMS to its mobile number', async () => {
    const card = await db.client.create({
      data: { businessId: demo.id, firstName: 'Bruno', lastName: 'Lodi', phone: '+393489990001' },
    });
    expect(
      await resetClientPassword({ business: demo, clientId: card.id, channel: 'sms', staffIdentityId: staffId }),
    ).toEqual({ ok: true });
    const sms = await db.outboundMessage.findFirstOrThrow({ where: { to: '+393489990001', channel: 'sms' } });
    const password = PASSWORD.exec(sms.text)![0];
    const linked = await db.client.findUniqueOrThrow({ where: { id: card.id }, include: { identity: true } });
    // staff wrote the number: the login holds no contact point and opens this card only
    expect(linked.identity).toMatchObject({ phone: null, email: null, mustChangePassword: true });
    expect(await verifyClientPassword({ portal: 'demo', identifier: '348 999 0001', password })).not.toBeNull();
    expect(
      await resetClientPassword({ business: demo, clientId: card.id, channel: 'email', staffIdentityId: staffId }),
    ).toEqual({
      ok: false,
      error: 'no_address',
    });
  });

  it('refuses a login used with another business, and another business’s card, changing nothing', async () => {
    const shared = await db.client.findFirstOrThrow({
      where: { businessId: demo.id, email: DEMO_CREDENTIALS.client.email },
    });
    expect(
      await resetClientPassword({ business: demo, clientId: shared.id, channel: 'email', staffIdentityId: staffId }),
    ).toEqual({
      ok: false,
      error: 'shared_identity',
    });
    expect(
      await verifyClientPassword({
        portal: 'demo',
        identifier: DEMO_CREDENTIALS.client.email,
        password: DEMO_CREDENTIALS.client.password,
      }),
    ).not.toBeNull();
    const acmeCard = await db.client.findFirstOrThrow({ where: { business: { slug: 'acme' } } });
    expect(
      await resetClientPassword({ business: demo, clientId: acmeCard.id, channel: 'email', staffIdentityId: staffId }),
    ).toEqual({
      ok: false,
      error: 'not_available',
    });
  });
});
