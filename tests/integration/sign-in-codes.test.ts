import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { consumeSignInLink } from '@/lib/auth/codes/consume-sign-in-link';
import { requestCode } from '@/lib/auth/codes/request-code';

const requestSignInCode = (input: { portal: string; identifier: string; ip?: string; now: Date }) =>
  requestCode({ purpose: 'sign_in', ...input });
import { verifySignInCode } from '@/lib/auth/codes/verify-sign-in-code';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

const { email, phone } = DEMO_CREDENTIALS.client;
let t0 = Date.parse('2026-11-22T09:00:00Z');
const at = (ms: number) => new Date(t0 + ms);

beforeAll(async () => {
  await seedDemo();
}, 60_000);

beforeEach(async () => {
  await db.oneTimeCode.deleteMany({});
  await db.authToken.deleteMany({});
  await db.outboundMessage.deleteMany({});
  t0 += 24 * 3600_000; // every test in its own day: no limit carries over
});

/** Requests a code, delivers it (to the outbox: no transport configured) and reads it back as the client would. */
async function codeFor(portal: string, identifier: string, now: Date, ip = '203.0.113.7') {
  const result = await requestSignInCode({ portal, identifier, ip, now });
  if (result.outcome !== 'sent' || (await result.deliver()) !== 'sent')
    throw new Error(`no code sent: ${JSON.stringify(result)}`);
  const message = await db.outboundMessage.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
  return { code: /\b(\d{6})\b/.exec(message.text)![1], message };
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('requesting a sign-in code', () => {
  it('sends an email with the code and a link, stores only a hash, valid 10 minutes', async () => {
    const { code, message } = await codeFor('demo', email, at(0));
    expect(message).toMatchObject({ channel: 'email', to: email, locale: 'it' });
    expect(message.text).toMatch(/\/p\/demo\/sign-in\/link\?token=/);
    const row = await db.oneTimeCode.findFirstOrThrow();
    expect(row.codeHash).not.toContain(code);
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.expiresAt.getTime() - at(0).getTime()).toBe(10 * 60_000);
  });

  it('sends an SMS when a mobile number is typed', async () => {
    const { message } = await codeFor('acme', '+39 333 123 4567', at(0));
    expect(message, JSON.stringify(message)).toMatchObject({ channel: 'sms', to: phone });
    expect(message.text).toMatch(/^\d{6} is your Acme Physio code\. It expires in 10 minutes\.$/);
  });

  it('answers known, unknown and another business’s client identically, and creates nothing for the unknown', async () => {
    const acmeOnly = await db.client.findFirstOrThrow({ where: { business: { slug: 'acme' }, identityId: null } });
    const known = await requestSignInCode({ portal: 'demo', identifier: email, now: at(0) });
    const unknown = await requestSignInCode({ portal: 'demo', identifier: 'nobody@example.com', now: at(0) });
    const otherBusiness = await requestSignInCode({ portal: 'demo', identifier: acmeOnly.email!, now: at(0) });
    const strip = ({ deliver: _d, masked: _m, ...rest }: Record<string, unknown>) => rest;
    expect(strip(known)).toEqual({ outcome: 'sent', channel: 'email' });
    expect(strip(unknown)).toEqual(strip(known));
    expect(strip(otherBusiness)).toEqual(strip(known));
    const deliveries = await Promise.all(
      [known, unknown, otherBusiness].map((r) => (r.outcome === 'sent' ? r.deliver() : null)),
    );
    expect(deliveries).toEqual(['sent', 'skipped', 'skipped']);
    expect(await db.oneTimeCode.count()).toBe(1);
    expect(await db.identity.count({ where: { email: 'nobody@example.com' } })).toBe(0);
  });

  it('does not send again within 60 s, and a new code invalidates the earlier one', async () => {
    const first = await codeFor('demo', email, at(0));
    const again = await requestSignInCode({ portal: 'demo', identifier: email, now: at(59_000) });
    expect(again.outcome).toBe('sent');
    expect(again.outcome === 'sent' && (await again.deliver())).toBe('skipped');
    const second = await codeFor('demo', email, at(61_000));
    expect((await verifySignInCode({ portal: 'demo', identifier: email, code: first.code, now: at(62_000) })).ok).toBe(
      false,
    );
    expect((await verifySignInCode({ portal: 'demo', identifier: email, code: second.code, now: at(62_000) })).ok).toBe(
      true,
    );
  });

  it('caps sends per card per hour', async () => {
    for (let i = 0; i < 5; i++) await codeFor('demo', email, at(i * 61_000));
    const sixth = await requestSignInCode({ portal: 'demo', identifier: email, now: at(5 * 61_000) });
    expect(sixth.outcome === 'sent' && (await sixth.deliver())).toBe('skipped');
    expect(await db.oneTimeCode.count()).toBe(5);
  });

  it('caps a burst of SMS requests to many numbers from one IP', async () => {
    const clients = await db.client.findMany({ where: { business: { slug: 'demo' }, phone: { not: null } }, take: 25 });
    const outcomes = [];
    for (const c of clients) {
      const result = await requestSignInCode({ portal: 'demo', identifier: c.phone!, ip: '198.51.100.9', now: at(0) });
      if (result.outcome === 'sent') await result.deliver();
      outcomes.push(result.outcome);
    }
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(20);
    expect(outcomes.slice(20).every((o) => o === 'rate_limited')).toBe(true);
  });

  it('counts the per-address cap per request, known address or not: its edge answers alike (issue 24)', async () => {
    const ip = '198.51.100.33';
    const outcomes = [];
    for (let i = 0; i < 20; i++) {
      const result = await requestSignInCode({ portal: 'demo', identifier: `nobody${i}@example.com`, ip, now: at(i) });
      if (result.outcome === 'sent') await result.deliver();
      outcomes.push(result.outcome);
    }
    expect(new Set(outcomes)).toEqual(new Set(['sent']));
    // twenty requests for unknown addresses used the share: a known address is refused alike
    for (const identifier of [email, 'nobody-else@example.com'])
      expect((await requestSignInCode({ portal: 'demo', identifier, ip, now: at(30) })).outcome).toBe('rate_limited');
    expect(await db.oneTimeCode.count({ where: { requestIp: ip } })).toBe(0);
  });
});

describe('verifying a sign-in code', () => {
  it('is valid at 9:59 and refused at 10:01', async () => {
    const { code } = await codeFor('demo', email, at(0));
    // "invalid", as for an address with no card: "expired" would tell them apart
    expect(await verifySignInCode({ portal: 'demo', identifier: email, code, now: at(10 * 60_000 + 1_000) })).toEqual({
      ok: false,
      error: 'invalid',
    });
    const fresh = await codeFor('demo', email, at(120_000));
    expect(
      (
        await verifySignInCode({
          portal: 'demo',
          identifier: email,
          code: fresh.code,
          now: at(120_000 + 9 * 60_000 + 59_000),
        })
      ).ok,
    ).toBe(true);
  });

  it('signs in once: a used code is refused', async () => {
    const { code } = await codeFor('demo', email, at(0));
    const first = await verifySignInCode({
      portal: 'demo',
      identifier: email,
      code: ` ${code.slice(0, 3)} ${code.slice(3)} `,
      now: at(1_000),
    });
    expect(first.ok && first.user).toMatchObject({ kind: 'client', portal: 'demo' });
    expect(await verifySignInCode({ portal: 'demo', identifier: email, code, now: at(2_000) })).toEqual({
      ok: false,
      error: 'invalid',
    });
  });

  it('burns the code after 5 wrong tries: the right code is then refused, and every answer reads as for an unknown address', async () => {
    const { code } = await codeFor('demo', email, at(0));
    const stranger = 'nobody.at.all@example.com';
    for (let i = 0; i < 7; i++) {
      const known = await verifySignInCode({
        portal: 'demo',
        identifier: email,
        code: wrong(code),
        now: at(1_000 + i),
      });
      const unknown = await verifySignInCode({
        portal: 'demo',
        identifier: stranger,
        code: wrong(code),
        now: at(1_000 + i),
      });
      expect(known).toEqual({ ok: false, error: 'invalid' });
      expect(unknown).toEqual(known);
    }
    expect(await verifySignInCode({ portal: 'demo', identifier: email, code, now: at(3_000) })).toEqual({
      ok: false,
      error: 'invalid',
    });
  });

  it('a new code does not reset the failure count', async () => {
    const first = await codeFor('demo', email, at(0));
    for (let i = 0; i < 5; i++)
      await verifySignInCode({ portal: 'demo', identifier: email, code: wrong(first.code), now: at(1_000) });
    const second = await codeFor('demo', email, at(61_000));
    for (let i = 0; i < 5; i++)
      await verifySignInCode({ portal: 'demo', identifier: email, code: wrong(second.code), now: at(62_000) });
    const third = await codeFor('demo', email, at(122_000));
    expect(await verifySignInCode({ portal: 'demo', identifier: email, code: third.code, now: at(123_000) })).toEqual({
      ok: false,
      error: 'invalid',
    });
  });

  it('20 parallel submits of the right code make exactly one session', async () => {
    const { code } = await codeFor('demo', email, at(0));
    const results = await Promise.all(
      Array.from({ length: 20 }, () => verifySignInCode({ portal: 'demo', identifier: email, code, now: at(1_000) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('is bound to its business and card: the same digits fail elsewhere', async () => {
    const { code } = await codeFor('demo', email, at(0));
    expect((await verifySignInCode({ portal: 'acme', identifier: email, code, now: at(1_000) })).ok).toBe(false);
    const other = await db.client.findFirstOrThrow({ where: { business: { slug: 'demo' }, email: { not: email } } });
    expect((await verifySignInCode({ portal: 'demo', identifier: other.email!, code, now: at(1_000) })).ok).toBe(false);
  });

  it('links a card created by staff to a new identity on its first sign-in', async () => {
    const card = await db.client.findFirstOrThrow({ where: { business: { slug: 'acme' }, identityId: null } });
    const { code } = await codeFor('acme', card.email!, at(0));
    const result = await verifySignInCode({ portal: 'acme', identifier: card.email!, code, now: at(1_000) });
    expect(result.ok).toBe(true);
    const linked = await db.client.findUniqueOrThrow({ where: { id: card.id }, include: { identity: true } });
    expect(linked.identity).toMatchObject({ email: card.email });
    expect(linked.identity!.emailVerifiedAt).not.toBeNull();
    expect(linked.lastSignInAt).not.toBeNull();
  });
});

describe('the sign-in link', () => {
  it('signs in once and revokes the code; a second use is refused', async () => {
    const { code, message } = await codeFor('demo', email, at(0));
    const token = /token=([\w-]+)/.exec(message.text)![1];
    expect(await consumeSignInLink({ portal: 'acme', token, now: at(1_000) })).toBeNull(); // wrong business
    expect(await consumeSignInLink({ portal: 'demo', token, now: at(1_000) })).toMatchObject({
      kind: 'client',
      portal: 'demo',
    });
    expect(await consumeSignInLink({ portal: 'demo', token, now: at(2_000) })).toBeNull();
    expect((await verifySignInCode({ portal: 'demo', identifier: email, code, now: at(3_000) })).ok).toBe(false);
  });

  it('expires with its code', async () => {
    const { message } = await codeFor('demo', email, at(0));
    const token = /token=([\w-]+)/.exec(message.text)![1];
    expect(await consumeSignInLink({ portal: 'demo', token, now: at(10 * 60_000 + 1_000) })).toBeNull();
  });
});
