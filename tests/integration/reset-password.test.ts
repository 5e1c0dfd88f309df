import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requestCode } from '@/lib/auth/codes/request-code';
import { resetPasswordWithCode, resetPasswordWithLink } from '@/lib/auth/passwords/reset-password';
import { verifyClientPassword } from '@/lib/auth/passwords/verify-client-password';
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

async function send(purpose: 'sign_in' | 'reset_password', identifier = email, now = at(0)) {
  const result = await requestCode({ purpose, portal: 'demo', identifier, now });
  if (result.outcome !== 'sent' || (await result.deliver()) !== 'sent') throw new Error('not sent');
  const message = await db.outboundMessage.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
  return { code: /\b(\d{6})\b/.exec(message.text)![1], token: /token=([\w-]+)/.exec(message.text)?.[1], message };
}

describe('password recovery', () => {
  it('refuses short and common passwords with a reason, without using up the code', async () => {
    const { code } = await send('reset_password');
    expect(
      await resetPasswordWithCode({ portal: 'demo', identifier: email, code, password: 'short', now: at(1000) }),
    ).toEqual({ ok: false, error: 'tooShort' });
    expect(
      await resetPasswordWithCode({ portal: 'demo', identifier: email, code, password: 'password1', now: at(1000) }),
    ).toEqual({ ok: false, error: 'tooCommon' });
    expect(
      await resetPasswordWithCode({ portal: 'demo', identifier: email, code, password: 'Qwerty123!', now: at(1000) }),
    ).toEqual({ ok: false, error: 'tooCommon' });
    expect(
      await resetPasswordWithCode({
        portal: 'demo',
        identifier: email,
        code,
        password: 'x'.repeat(129),
        now: at(1000),
      }),
    ).toEqual({ ok: false, error: 'tooLong' });
    expect(
      (
        await resetPasswordWithCode({
          portal: 'demo',
          identifier: email,
          code,
          password: 'lantern orbit pickle 42',
          now: at(1000),
        })
      ).ok,
    ).toBe(true);
  });

  it('sets the new password, ends every session, clears a lock, does not sign in', async () => {
    await db.identity.update({ where: { email }, data: { failedLogins: 100, lockedUntil: new Date('9999-12-31') } });
    const { code, message } = await send('reset_password');
    expect(message.subject).toMatch(/^Reimposta la password di Studio Demo: codice \d{6}$/);
    const result = await resetPasswordWithCode({
      portal: 'demo',
      identifier: email,
      code,
      password: 'violet harbour 2031',
      now: at(2000),
    });
    expect(result).toEqual({ ok: true }); // no session in the answer
    const identity = await db.identity.findUniqueOrThrow({ where: { email } });
    expect(identity).toMatchObject({ failedLogins: 0, lockedUntil: null });
    expect(identity.sessionsValidAfter.getTime()).toBe(at(2000).getTime());
    expect(
      await verifyClientPassword({ portal: 'demo', identifier: email, password: DEMO_CREDENTIALS.client.password }),
    ).toBeNull();
    expect(
      await verifyClientPassword({ portal: 'demo', identifier: email, password: 'violet harbour 2031' }),
    ).not.toBeNull();
    expect(
      await db.auditEvent.count({ where: { actorId: identity.id, action: 'client.password_reset' } }),
    ).toBeGreaterThan(0);
  });

  it('a sign-in code cannot reset a password', async () => {
    const { code } = await send('sign_in');
    expect(
      await resetPasswordWithCode({
        portal: 'demo',
        identifier: email,
        code,
        password: 'amber kettle 77 rain',
        now: at(1000),
      }),
    ).toEqual({ ok: false, error: 'invalid' });
  });

  it('the emailed link works for 1 hour, once, on its own business', async () => {
    const first = await send('reset_password');
    expect(
      await resetPasswordWithLink({ portal: 'acme', token: first.token!, password: 'copper meadow 19', now: at(1000) }),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(
      await resetPasswordWithLink({
        portal: 'demo',
        token: first.token!,
        password: 'copper meadow 19',
        now: at(3600_000 + 1000),
      }),
    ).toEqual({ ok: false, error: 'expired' });
    const second = await send('reset_password', email, at(3600_000 + 5000));
    expect(
      await resetPasswordWithLink({
        portal: 'demo',
        token: second.token!,
        password: 'copper meadow 19',
        now: at(3600_000 + 3_000_000),
      }),
    ).toEqual({ ok: true });
    expect(
      await resetPasswordWithLink({
        portal: 'demo',
        token: second.token!,
        password: 'another one 2040',
        now: at(3600_000 + 3_001_000),
      }),
    ).toEqual({ ok: false, error: 'expired' });
    // the code of the same email went with it
    expect(
      (
        await resetPasswordWithCode({
          portal: 'demo',
          identifier: email,
          code: second.code,
          password: 'another one 2040',
          now: at(3600_000 + 3_002_000),
        })
      ).ok,
    ).toBe(false);
  });
});
