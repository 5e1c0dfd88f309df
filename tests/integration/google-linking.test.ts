import { beforeAll, describe, expect, it } from 'vitest';
import { decideGoogleSignIn } from '@/lib/auth/google-sign-in';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let demo: { id: string };
let acme: { id: string };

beforeAll(async () => {
  await seedDemo();
  [demo, acme] = await Promise.all(['demo', 'acme'].map((slug) => db.business.findUniqueOrThrow({ where: { slug } })));
}, 60_000);

describe('linking a Google account (ASVS 6.8)', () => {
  const email = DEMO_CREDENTIALS.client.email;

  it('refuses an unverified email', async () => {
    expect(await decideGoogleSignIn(demo, 'g-1', { email, email_verified: false })).toEqual({
      ok: false,
      error: 'email_not_verified',
    });
    expect(await db.account.count()).toBe(0);
  });

  it('links by verified email to the identity of the matching card, then recognises the subject', async () => {
    const first = await decideGoogleSignIn(demo, 'g-1', { email: 'Demo.Client@Example.com', email_verified: true });
    const identity = await db.identity.findUniqueOrThrow({ where: { email } });
    expect(first).toMatchObject({ ok: true, identityId: identity.id });
    // same person, other business: found by subject, whatever the email says now
    expect(await decideGoogleSignIn(acme, 'g-1', { email: 'changed@example.com', email_verified: true })).toMatchObject(
      { ok: true, identityId: identity.id },
    );
  });

  it('never links a second Google account over the existing link', async () => {
    expect(await decideGoogleSignIn(demo, 'g-2', { email, email_verified: true })).toEqual({
      ok: false,
      error: 'other_google_account_linked',
    });
    expect(
      await db.account.count({ where: { userId: (await db.identity.findUniqueOrThrow({ where: { email } })).id } }),
    ).toBe(1);
  });

  it('refuses an email that is not a client of this business', async () => {
    const acmeOnly = await db.client.findFirstOrThrow({ where: { businessId: acme.id, identityId: null } });
    expect(await decideGoogleSignIn(demo, 'g-3', { email: acmeOnly.email, email_verified: true })).toEqual({
      ok: false,
      error: 'not_a_client',
    });
    expect(await decideGoogleSignIn(demo, 'g-4', { email: 'stranger@example.com', email_verified: true })).toEqual({
      ok: false,
      error: 'not_a_client',
    });
    expect(await db.identity.count({ where: { email: 'stranger@example.com' } })).toBe(0);
  });

  it('creates the identity of a card that never signed in', async () => {
    const card = await db.client.findFirstOrThrow({ where: { businessId: demo.id, identityId: null } });
    const result = await decideGoogleSignIn(demo, 'g-5', { email: card.email, email_verified: true });
    expect(result.ok).toBe(true);
    expect((await db.client.findUniqueOrThrow({ where: { id: card.id } })).identityId).not.toBeNull();
  });

  it('is a proof of the email: a login made from someone else’s typing on that card is retired (issue 24)', async () => {
    const card = await db.client.create({
      data: { businessId: acme.id, firstName: 'Gina', email: 'gina@example.com', phone: '+447911555123' },
    });
    // a booking's or a staff reset's login: no contact point, this card only
    const planted = await db.identity.create({ data: { passwordHash: 'x' } });
    await db.client.update({ where: { id: card.id }, data: { identityId: planted.id } });
    const result = await decideGoogleSignIn(acme, 'g-6', { email: 'gina@example.com', email_verified: true });
    if (!result.ok) throw new Error(result.error);
    expect(result.identityId).not.toBe(planted.id);
    expect(await db.identity.findUniqueOrThrow({ where: { id: result.identityId } })).toMatchObject({
      email: 'gina@example.com',
      phone: null,
    });
    expect(await db.identity.findUnique({ where: { id: planted.id } })).toBeNull();
  });
});
