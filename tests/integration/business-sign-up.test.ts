// Public business sign-up (issue 9): off unless PORTICO_PUBLIC_SIGNUP=1; then a code to
// the owner's email, stored hashed, single use, limited like every code.
import { afterEach, describe, expect, it } from 'vitest';
import { requestBusinessSignUpCode, verifyBusinessSignUpCode } from '@/lib/onboarding/business-sign-up';
import { db } from '@/lib/db';

const codeSentTo = async (to: string) => {
  const mail = await db.outboundMessage.findFirstOrThrow({
    where: { to, kind: 'business_sign_up_code' },
    orderBy: { createdAt: 'desc' },
  });
  return /\b(\d{6})\b/.exec(mail.subject ?? '')![1];
};

afterEach(() => {
  delete process.env.PORTICO_PUBLIC_SIGNUP;
});

describe('public business sign-up', () => {
  it('is closed by default: no code is sent', async () => {
    expect(await requestBusinessSignUpCode({ email: 'new.owner@example.com', locale: 'en', ip: null })).toEqual({
      outcome: 'closed',
    });
    expect(await verifyBusinessSignUpCode({ email: 'new.owner@example.com', code: '123456' })).toEqual({
      ok: false,
      error: 'closed',
    });
    expect(await db.oneTimeCode.count({ where: { purpose: 'business_sign_up' } })).toBe(0);
  });

  it('when open, proves the email with a code that works once and is stored hashed', async () => {
    process.env.PORTICO_PUBLIC_SIGNUP = '1';
    expect(await requestBusinessSignUpCode({ email: 'not-an-email', locale: 'en', ip: null })).toEqual({
      outcome: 'invalid_email',
    });
    const sent = await requestBusinessSignUpCode({ email: 'New.Owner@Example.com', locale: 'it', ip: '203.0.113.9' });
    if (sent.outcome !== 'sent') throw new Error(sent.outcome);
    await sent.deliver();
    const code = await codeSentTo('new.owner@example.com');
    const row = await db.oneTimeCode.findFirstOrThrow({ where: { purpose: 'business_sign_up' } });
    expect(row.codeHash).not.toContain(code);
    expect(row.businessId).toBeNull();
    // a second code within the minute is refused
    expect(await requestBusinessSignUpCode({ email: 'new.owner@example.com', locale: 'it', ip: null })).toEqual({
      outcome: 'too_soon',
    });
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await verifyBusinessSignUpCode({ email: 'new.owner@example.com', code: wrong })).toEqual({
      ok: false,
      error: 'invalid',
    });
    // the code proves this address only
    expect(await verifyBusinessSignUpCode({ email: 'someone.else@example.com', code })).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(await verifyBusinessSignUpCode({ email: 'new.owner@example.com', code })).toEqual({
      ok: true,
      email: 'new.owner@example.com',
    });
    expect(await verifyBusinessSignUpCode({ email: 'new.owner@example.com', code })).toEqual({
      ok: false,
      error: 'invalid',
    });
  });
});
