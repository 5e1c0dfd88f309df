import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findRestrictedPage, requestPageCode, verifyPageCode } from '@/lib/pages/page-code';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

// Seed 003: a visitor opens a restricted page with a one-time password sent only to an
// email on the page's list, while that access is current.

type TBusiness = Parameters<typeof requestPageCode>[0]['business'];
const demo: TBusiness = { id: '', name: 'Studio Demo', accentColor: '#0f766e', defaultLocale: 'it' };
const acme: TBusiness = { id: '', name: 'Acme Physio', accentColor: '#1d4ed8', defaultLocale: 'en' };
let page: { id: string; slug: string };
let acmePage: { id: string; slug: string };
let t0 = Date.now();
const at = (ms: number) => new Date(t0 + ms);
const email = DEMO_CREDENTIALS.client.email;

async function ask(business: TBusiness, target: { id: string }, input: string, now: Date, ip = '198.51.100.9') {
  const result = await requestPageCode({ business, page: target, input, ip, now });
  if (result.outcome !== 'sent') return { result, delivered: null, code: null };
  const delivered = await result.deliver();
  const message =
    delivered === 'sent'
      ? await db.outboundMessage.findFirstOrThrow({
          where: { kind: 'page_access_code' },
          orderBy: { createdAt: 'desc' },
        })
      : null;
  return {
    result: { outcome: result.outcome, masked: result.masked },
    delivered,
    code: message ? /\b(\d{6})\b/.exec(message.text)![1] : null,
    message,
  };
}

beforeAll(async () => {
  await seedDemo();
  demo.id = (await db.business.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  acme.id = (await db.business.findUniqueOrThrow({ where: { slug: 'acme' } })).id;
  page = (await findRestrictedPage(demo.id, 'home-exercises'))!;
  acmePage = (await findRestrictedPage(acme.id, 'home-exercises'))!;
}, 60_000);

beforeEach(async () => {
  await db.oneTimeCode.deleteMany({});
  await db.outboundMessage.deleteMany({});
  t0 += 24 * 3600_000;
});

describe('asking for a page’s one-time password', () => {
  it('sends it only to an email on the list with current access, answering everyone the same', async () => {
    const listed = await ask(demo, page, ` ${email.toUpperCase()} `, at(0));
    expect(listed.result).toEqual({ outcome: 'sent', masked: 'd•••t@e•••e.com' });
    expect(listed.delivered).toBe('sent');
    expect(listed.message).toMatchObject({ to: email, channel: 'email', locale: 'it' });
    expect((await db.oneTimeCode.findFirstOrThrow()).codeHash).not.toContain(listed.code!);

    const stranger = await db.client.findFirstOrThrow({
      where: { businessId: demo.id, email: { not: null }, pageAccesses: { none: {} } },
    });
    for (const [business, target, input] of [
      [demo, page, stranger.email!],
      [demo, page, 'nobody@example.com'],
      [acme, acmePage, email],
    ] as const) {
      // the same first answer; nothing created or sent (acme's access for this client has ended)
      const other = await ask(business, target, input, at(1000));
      expect(other.result.outcome).toBe('sent');
      expect(other.delivered).toBe('skipped');
    }
    expect(await db.oneTimeCode.count()).toBe(1);
    expect(await db.outboundMessage.count()).toBe(1);
    expect((await ask(demo, page, 'not-an-email', at(2000))).result).toEqual({ outcome: 'invalid_email' });
  });
});

describe('opening the page with it', () => {
  it('accepts the right code once, for that email and page only', async () => {
    const { code } = await ask(demo, page, email, at(0));
    const stranger = await db.client.findFirstOrThrow({
      where: { businessId: demo.id, email: { not: null }, pageAccesses: { none: {} } },
    });
    expect(await verifyPageCode({ business: demo, page, input: stranger.email!, code: code!, now: at(1000) })).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(await verifyPageCode({ business: acme, page: acmePage, input: email, code: code!, now: at(1000) })).toEqual({
      ok: false,
      error: 'invalid',
    });
    const card = await db.client.findFirstOrThrow({ where: { businessId: demo.id, email } });
    expect(await verifyPageCode({ business: demo, page, input: email, code: code!, now: at(2000) })).toEqual({
      ok: true,
      clientId: card.id,
    });
    expect(await verifyPageCode({ business: demo, page, input: email, code: code!, now: at(3000) })).toEqual({
      ok: false,
      error: 'invalid',
    });
  });

  it('refuses a code at 10 min 1 s, and burns one after five wrong tries', async () => {
    const { code } = await ask(demo, page, email, at(0));
    expect(
      await verifyPageCode({ business: demo, page, input: email, code: code!, now: at(10 * 60_000 + 1000) }),
    ).toEqual({ ok: false, error: 'expired' });

    const second = await ask(demo, page, email, at(11 * 60_000));
    const wrong = String((Number(second.code) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 4; i++)
      expect(
        await verifyPageCode({ business: demo, page, input: email, code: wrong, now: at(11 * 60_000 + 1000) }),
      ).toEqual({ ok: false, error: 'invalid' });
    expect(
      await verifyPageCode({ business: demo, page, input: email, code: wrong, now: at(11 * 60_000 + 2000) }),
    ).toEqual({ ok: false, error: 'too_many_attempts' });
    expect(
      await verifyPageCode({ business: demo, page, input: email, code: second.code!, now: at(11 * 60_000 + 3000) }),
    ).toEqual({ ok: false, error: 'too_many_attempts' });
  });

  it('refuses a code once the access has ended, one second after its end', async () => {
    const card = await db.client.findFirstOrThrow({ where: { businessId: demo.id, email } });
    const { code } = await ask(demo, page, email, at(0));
    const end = at(60_000);
    await db.pageAccess.update({
      where: { pageId_clientId: { pageId: page.id, clientId: card.id } },
      data: { until: end },
    });
    try {
      expect(
        await verifyPageCode({ business: demo, page, input: email, code: code!, now: new Date(end.getTime() + 1000) }),
      ).toEqual({ ok: false, error: 'invalid' });
      expect(
        (await verifyPageCode({ business: demo, page, input: email, code: code!, now: new Date(end.getTime() - 1000) }))
          .ok,
      ).toBe(true);
    } finally {
      await db.pageAccess.update({
        where: { pageId_clientId: { pageId: page.id, clientId: card.id } },
        data: { until: null },
      });
    }
  });
});
