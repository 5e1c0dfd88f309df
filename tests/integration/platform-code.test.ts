import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requestPlatformCode, verifyPlatformCode } from '@/lib/auth/platform/platform-code';
import { listIdentityPortals } from '@/lib/auth/platform/platform-login';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

const { email } = DEMO_CREDENTIALS.client;
let t0 = Date.parse('2026-12-01T09:00:00Z');
const at = (ms: number) => new Date(t0 + ms);

beforeAll(async () => {
  await seedDemo();
}, 60_000);
beforeEach(async () => {
  await db.outboundMessage.deleteMany({});
  t0 += 24 * 3600_000;
});

async function send(identifier: string, now = at(0)) {
  const result = await requestPlatformCode({ identifier, country: 'IT', locale: 'en', now });
  if (result.outcome !== 'sent') throw new Error(result.outcome);
  return { masked: result.masked, delivered: await result.deliver() };
}

describe('/login by one-time code', () => {
  it('sends a Portico code to a person with portals that take codes, and the code proves them', async () => {
    expect(await send(email)).toEqual({ masked: 'd•••t@e•••e.com', delivered: 'sent' });
    const message = await db.outboundMessage.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(message.subject).toMatch(/^Your Portico code: \d{6}$/);
    const code = /\b(\d{6})\b/.exec(message.text)![1];
    const proven = await verifyPlatformCode({ identifier: email, code, country: 'IT', now: at(1000) });
    const identity = await db.identity.findUniqueOrThrow({ where: { email } });
    expect(proven).toEqual({ ok: true, identityId: identity.id });
    // single use
    expect(await verifyPlatformCode({ identifier: email, code, country: 'IT', now: at(2000) })).toEqual({
      ok: false,
      error: 'invalid',
    });
    // the portals a code opens: those that take codes
    expect((await listIdentityPortals(identity.id, 'code')).map((c) => c.business.slug).sort()).toEqual([
      'acme',
      'demo',
    ]);
  });

  it('answers the same for an unknown address, and never says more than "invalid"', async () => {
    const unknown = await send('nobody.here@example.com');
    expect(unknown).toEqual({ masked: 'n•••e@e•••e.com', delivered: 'skipped' });
    expect(await db.outboundMessage.count()).toBe(0);

    await send(email);
    const answers = [];
    for (let i = 0; i < 7; i++) {
      answers.push(
        (await verifyPlatformCode({ identifier: email, code: '000000', country: 'IT', now: at(1000 + i) })).ok,
      );
      answers.push(
        (
          await verifyPlatformCode({
            identifier: 'nobody.here@example.com',
            code: '000000',
            country: 'IT',
            now: at(1000),
          })
        ).ok,
      );
    }
    expect(new Set(answers)).toEqual(new Set([false]));
    const known = await verifyPlatformCode({ identifier: email, code: '000000', country: 'IT', now: at(5000) });
    const stranger = await verifyPlatformCode({
      identifier: 'nobody.here@example.com',
      code: '000000',
      country: 'IT',
      now: at(5000),
    });
    expect(known).toEqual(stranger);
  });
});
