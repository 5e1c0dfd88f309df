import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requestCode } from '@/lib/auth/codes/request-code';
import { completeSignUp } from '@/lib/auth/sign-up';
import { verifyClientPassword } from '@/lib/auth/passwords/verify-client-password';
import { acceptWelcome, findWelcome, sendWelcome } from '@/lib/auth/welcome';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let t0 = Date.parse('2026-12-10T09:00:00Z');
const at = (ms: number) => new Date(t0 + ms);

beforeAll(async () => {
  await seedDemo();
}, 60_000);
beforeEach(() => {
  t0 += 24 * 3600_000;
});

async function signUpCode(identifier: string, now = at(0)) {
  const result = await requestCode({ purpose: 'sign_up', portal: 'demo', identifier, now });
  if (result.outcome !== 'sent' || (await result.deliver()) !== 'sent') throw new Error('not sent');
  const message = await db.outboundMessage.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
  return /\b(\d{6})\b/.exec(message.text)![1];
}

describe('self sign-up', () => {
  it('creates a new card for a new person, after proving the address', async () => {
    const code = await signUpCode('new.person@example.com');
    const result = await completeSignUp({
      portal: 'demo',
      identifier: 'new.person@example.com',
      code,
      firstName: 'Nuova',
      lastName: 'Persona',
      password: 'orange tulip 2029',
      now: at(1000),
    });
    expect(result).toMatchObject({ ok: true, merged: false });
    const cards = await db.client.findMany({ where: { email: 'new.person@example.com' } });
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ source: 'self_signup', firstName: 'Nuova' });
    expect(
      await verifyClientPassword({
        portal: 'demo',
        identifier: 'new.person@example.com',
        password: 'orange tulip 2029',
      }),
    ).not.toBeNull();
  });

  it('attaches the login to the existing card (the merge) instead of a duplicate', async () => {
    const existing = await db.client.findFirstOrThrow({
      where: { business: { slug: 'demo' }, identityId: null, email: { not: null } },
    });
    const before = await db.client.count();
    const code = await signUpCode(existing.email!);
    const result = await completeSignUp({
      portal: 'demo',
      identifier: existing.email!,
      code,
      firstName: 'Other',
      lastName: 'Name',
      password: 'silver canyon 88',
      now: at(1000),
    });
    expect(result).toMatchObject({ ok: true, merged: true });
    expect(await db.client.count()).toBe(before);
    const merged = await db.client.findUniqueOrThrow({ where: { id: existing.id } });
    expect(merged.identityId).not.toBeNull();
    expect(merged.firstName).toBe(existing.firstName); // the card keeps what the business entered
  });

  it('sends someone who already has a login to sign in, and refuses a wrong code', async () => {
    const code = await signUpCode(DEMO_CREDENTIALS.client.email);
    expect(
      await completeSignUp({
        portal: 'demo',
        identifier: DEMO_CREDENTIALS.client.email,
        code: code === '000000' ? '111111' : '000000',
        firstName: 'x',
        lastName: 'y',
        password: 'silver canyon 88',
        now: at(1000),
      }),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(
      await completeSignUp({
        portal: 'demo',
        identifier: DEMO_CREDENTIALS.client.email,
        code,
        firstName: 'x',
        lastName: 'y',
        password: 'silver canyon 88',
        now: at(2000),
      }),
    ).toEqual({ ok: false, error: 'already_registered' });
  });

  it('is off unless the business allows it', async () => {
    await db.business.update({ where: { slug: 'demo' }, data: { allowSelfSignUp: false } });
    expect(
      (await requestCode({ purpose: 'sign_up', portal: 'demo', identifier: 'x@example.com', now: at(0) })).outcome,
    ).toBe('method_unavailable');
    await db.business.update({ where: { slug: 'demo' }, data: { allowSelfSignUp: true } });
  });
});

describe('welcome link ("create your login")', () => {
  it('is single use, valid 7 days, and a resend invalidates the earlier link', async () => {
    const card = await db.client.findFirstOrThrow({
      where: { business: { slug: 'acme' }, identityId: null, email: { not: null } },
    });
    const token = async () =>
      /token=([\w-]+)/.exec(
        (
          await db.outboundMessage.findFirstOrThrow({
            where: { kind: 'welcome', to: card.email! },
            orderBy: { createdAt: 'desc' },
          })
        ).text,
      )![1];

    expect(await sendWelcome({ businessId: card.businessId, clientId: card.id, now: at(0) })).toEqual({ ok: true });
    const first = await token();
    expect(await sendWelcome({ businessId: card.businessId, clientId: card.id, now: at(1000) })).toEqual({ ok: true });
    const second = await token();
    expect(await findWelcome('acme', first, at(2000))).toBeNull(); // revoked by the resend
    expect(await findWelcome('demo', second, at(2000))).toBeNull(); // another business
    expect(await findWelcome('acme', second, at(7 * 24 * 3600_000 + 2000))).toBeNull(); // expired
    const accepted = await acceptWelcome({
      portal: 'acme',
      token: second,
      password: 'maple street 2031',
      now: at(3000),
    });
    expect(accepted.ok && accepted.user).toMatchObject({ kind: 'client', portal: 'acme', clientId: card.id });
    expect(
      await acceptWelcome({ portal: 'acme', token: second, password: 'maple street 2031', now: at(4000) }),
    ).toEqual({ ok: false, error: 'expired' });
    expect((await db.client.findUniqueOrThrow({ where: { id: card.id } })).welcomeSentAt).not.toBeNull();
  });

  it("is not sent to another business's card", async () => {
    const demoCard = await db.client.findFirstOrThrow({ where: { business: { slug: 'demo' } } });
    const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
    expect(await sendWelcome({ businessId: acme.id, clientId: demoCard.id })).toEqual({ ok: false, error: 'no_email' });
  });
});
