import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findCardByValue } from '@/lib/auth/codes/find-card-by-identifier';
import { db } from '@/lib/db';
import { confirmContactChange, pendingContactChange, startContactChange } from '@/lib/clients/contact-change';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

// Issue #4 profile + docs/SECURITY.md attack 18: a new email/phone takes effect only after a code
// sent to it, needs a fresh proof (password, or a code to the current address) and
// tells the old address.

const business = { id: '', name: 'Studio Demo', accentColor: '#0f766e', country: 'IT', defaultLocale: 'it' };
type TCard = Parameters<typeof startContactChange>[0]['card'];
let t0 = Date.parse('2026-03-01T09:00:00Z');
const at = (ms: number) => new Date(t0 + ms);

async function card(email: string): Promise<TCard> {
  const row = await db.client.findFirstOrThrow({
    where: { businessId: business.id, email },
    select: { id: true, email: true, phone: true, locale: true, identity: { select: { id: true } } },
  });
  return { ...row, identity: row.identity! };
}
const codeSentTo = async (to: string) =>
  /\b(\d{6})\b/.exec(
    (await db.outboundMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: 'desc' } })).text,
  )![1];
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

beforeAll(async () => {
  await seedDemo();
  business.id = (await db.business.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
}, 60_000);

beforeEach(async () => {
  await db.oneTimeCode.deleteMany({});
  await db.outboundMessage.deleteMany({});
  t0 += 24 * 3600_000;
});

describe('changing the email on the card (client with a password)', () => {
  it('needs the current password, changes nothing until the code from the new address is entered, then tells the old address', async () => {
    const me = await card(DEMO_CREDENTIALS.client.email);
    expect(
      await startContactChange({ business, card: me, kind: 'email', input: 'new.me@example.com', now: at(0) }),
    ).toEqual({ ok: false, error: 'invalid', fields: { password: 'passwordRequired' } });
    expect(
      await startContactChange({
        business,
        card: me,
        kind: 'email',
        input: 'new.me@example.com',
        password: 'not-my-password',
        now: at(0),
      }),
    ).toEqual({ ok: false, error: 'invalid', fields: { password: 'wrongPassword' } });
    expect(await db.outboundMessage.count()).toBe(0);

    const started = await startContactChange({
      business,
      card: me,
      kind: 'email',
      input: ' New.Me@Example.com ',
      password: DEMO_CREDENTIALS.client.password,
      now: at(1000),
    });
    expect(started).toEqual({ ok: true, sentTo: 'n•••e@e•••e.com', proofSentTo: null });
    // nothing changed yet: the old address still signs in, the new one does not
    expect((await db.client.findUniqueOrThrow({ where: { id: me.id } })).email).toBe(DEMO_CREDENTIALS.client.email);
    expect(await findCardByValue(business.id, { kind: 'email', value: 'new.me@example.com' })).toBeNull();
    expect(await pendingContactChange({ businessId: business.id, card: me, now: at(2000) })).toEqual({
      kind: 'email',
      sentTo: 'n•••e@e•••e.com',
      proofSentTo: null,
    });

    const code = await codeSentTo('new.me@example.com');
    expect(await confirmContactChange({ business, card: me, code: wrong(code), now: at(3000) })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { code: 'invalid' },
    });
    expect(await confirmContactChange({ business, card: me, code, now: at(4000) })).toMatchObject({
      ok: true,
      kind: 'email',
      old: DEMO_CREDENTIALS.client.email,
      value: 'new.me@example.com',
    });

    expect((await db.client.findUniqueOrThrow({ where: { id: me.id } })).email).toBe('new.me@example.com');
    expect(await findCardByValue(business.id, { kind: 'email', value: 'new.me@example.com' })).toMatchObject({
      id: me.id,
    });
    const identity = await db.identity.findUniqueOrThrow({ where: { id: me.identity.id } });
    expect(identity.email).toBe('new.me@example.com');
    const notice = await db.outboundMessage.findFirstOrThrow({
      where: { to: DEMO_CREDENTIALS.client.email, kind: 'email_changed' },
    });
    expect(notice.text).toContain('n•••e@e•••e.com');
    expect(notice.text).not.toContain('new.me@example.com');
    // single use
    expect(await confirmContactChange({ business, card: me, code, now: at(5000) })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { code: 'invalid' },
    });
    expect(await db.auditEvent.count({ where: { action: 'client.contact_changed', targetId: me.id } })).toBe(1);

    // and back, for the other tests
    await startContactChange({
      business,
      card: { ...me, email: 'new.me@example.com' },
      kind: 'email',
      input: DEMO_CREDENTIALS.client.email,
      password: DEMO_CREDENTIALS.client.password,
      now: at(70_000),
    });
    expect(
      (
        await confirmContactChange({
          business,
          card: me,
          code: await codeSentTo(DEMO_CREDENTIALS.client.email),
          now: at(71_000),
        })
      ).ok,
    ).toBe(true);
  });

  it('refuses a malformed or unchanged address, an expired code and an address on another card, changing nothing', async () => {
    const me = await card(DEMO_CREDENTIALS.client.email);
    const password = DEMO_CREDENTIALS.client.password;
    expect(
      await startContactChange({ business, card: me, kind: 'email', input: 'a＠example.com', password, now: at(0) }),
    ).toEqual({ ok: false, error: 'invalid', fields: { value: 'invalidEmail' } });
    expect(
      await startContactChange({
        business,
        card: me,
        kind: 'email',
        input: DEMO_CREDENTIALS.client.email.toUpperCase(),
        password,
        now: at(0),
      }),
    ).toEqual({ ok: false, error: 'invalid', fields: { value: 'unchanged' } });
    expect(await startContactChange({ business, card: me, kind: 'phone', input: '12', password, now: at(0) })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { value: 'invalidPhone' },
    });

    await startContactChange({ business, card: me, kind: 'email', input: 'late@example.com', password, now: at(0) });
    const code = await codeSentTo('late@example.com');
    expect(await confirmContactChange({ business, card: me, code, now: at(10 * 60_000 + 1000) })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { code: 'expired' },
    });

    const other = await db.client.findFirstOrThrow({
      where: { businessId: business.id, email: { not: null }, NOT: { id: me.id } },
    });
    await startContactChange({
      business,
      card: me,
      kind: 'email',
      input: other.email!,
      password,
      now: at(20 * 60_000),
    });
    expect(
      await confirmContactChange({ business, card: me, code: await codeSentTo(other.email!), now: at(21 * 60_000) }),
    ).toEqual({ ok: false, error: 'taken' });
    expect((await db.client.findUniqueOrThrow({ where: { id: me.id } })).email).toBe(DEMO_CREDENTIALS.client.email);
  });

  it('limits sends: one a minute, and five wrong codes burn the code', async () => {
    const me = await card(DEMO_CREDENTIALS.client.email);
    const password = DEMO_CREDENTIALS.client.password;
    expect(
      (await startContactChange({ business, card: me, kind: 'email', input: 'x1@example.com', password, now: at(0) }))
        .ok,
    ).toBe(true);
    expect(
      await startContactChange({
        business,
        card: me,
        kind: 'email',
        input: 'x2@example.com',
        password,
        now: at(30_000),
      }),
    ).toEqual({ ok: false, error: 'tooSoon' });
    const code = await codeSentTo('x1@example.com');
    for (let i = 0; i < 4; i++)
      expect(await confirmContactChange({ business, card: me, code: wrong(code), now: at(40_000) })).toEqual({
        ok: false,
        error: 'invalid',
        fields: { code: 'invalid' },
      });
    expect(await confirmContactChange({ business, card: me, code: wrong(code), now: at(40_000) })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { code: 'tooManyAttempts' },
    });
    expect(await confirmContactChange({ business, card: me, code, now: at(41_000) })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { code: 'tooManyAttempts' },
    });
    expect((await db.client.findUniqueOrThrow({ where: { id: me.id } })).email).toBe(DEMO_CREDENTIALS.client.email);
  });
});

describe('changing the mobile number of a client without a password', () => {
  it('sends a second code to the email on the card and needs both; the old number is told by SMS', async () => {
    const row = await db.client.findFirstOrThrow({
      where: { businessId: business.id, identityId: null, email: { not: null }, phone: { not: null } },
    });
    const identity = await db.identity.create({ data: { email: `${row.id}@identity.test`, name: row.firstName } });
    await db.client.update({ where: { id: row.id }, data: { identityId: identity.id } });
    const me = await card(row.email!);
    const oldPhone = me.phone!;

    const started = await startContactChange({ business, card: me, kind: 'phone', input: '333 765 4321', now: at(0) });
    expect(started).toMatchObject({ ok: true, sentTo: '+39 ••• ••• 4321' });
    expect(started.ok && started.proofSentTo).toBeTruthy();
    const toNew = await codeSentTo('+393337654321');
    const toOld = await codeSentTo(me.email!); // the proof goes to the address not being changed
    // and says whom to tell if the change was not theirs: the business, by name, in the card's language
    const proofMail = await db.outboundMessage.findFirstOrThrow({
      where: { to: me.email! },
      orderBy: { createdAt: 'desc' },
    });
    expect(proofMail.text).toMatch(/(contact|contatta) Studio Demo\./);
    expect(toNew).not.toBe(toOld);

    // the new number's code alone is not enough, nor is a wrong second code
    expect(await confirmContactChange({ business, card: me, code: toNew, now: at(1000) })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { proofCode: 'codeRequired' },
    });
    expect(
      await confirmContactChange({ business, card: me, code: toNew, proofCodeInput: wrong(toOld), now: at(2000) }),
    ).toEqual({ ok: false, error: 'invalid', fields: { proofCode: 'invalid' } });
    // the codes are not interchangeable
    expect(
      await confirmContactChange({ business, card: me, code: toOld, proofCodeInput: toNew, now: at(3000) }),
    ).toEqual({ ok: false, error: 'invalid', fields: { code: 'invalid' } });
    expect((await db.client.findUniqueOrThrow({ where: { id: me.id } })).phone).toBe(oldPhone);

    expect(
      await confirmContactChange({ business, card: me, code: toNew, proofCodeInput: toOld, now: at(4000) }),
    ).toMatchObject({ ok: true, kind: 'phone', value: '+393337654321' });
    expect((await db.client.findUniqueOrThrow({ where: { id: me.id } })).phone).toBe('+393337654321');
    const sms = await db.outboundMessage.findFirstOrThrow({ where: { to: oldPhone, kind: 'phone_changed' } });
    expect(sms.channel).toBe('sms');
    expect(sms.text).toContain('4321');
  });

  it('20 parallel confirmations change the card once', async () => {
    const me = await card(DEMO_CREDENTIALS.client.email);
    await startContactChange({
      business,
      card: me,
      kind: 'email',
      input: 'race@example.com',
      password: DEMO_CREDENTIALS.client.password,
      now: at(0),
    });
    const code = await codeSentTo('race@example.com');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => confirmContactChange({ business, card: me, code, now: at(1000) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.outboundMessage.count({ where: { kind: 'email_changed' } })).toBe(1);
  });
});
