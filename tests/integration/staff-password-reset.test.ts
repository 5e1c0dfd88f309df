// Staff "Forgot password?" (issue 9): a single-use link valid one hour, stored hashed, one
// answer for every address, at most three links an hour; the new password ends every session.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyStaffPassword } from '@/lib/auth/passwords/verify-staff-password';
import { db } from '@/lib/db';
import { requestStaffPasswordReset, resetStaffPassword } from '@/lib/staff/staff-password-reset';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

const staff = DEMO_CREDENTIALS.demoStaff;
const tokenIn = async () => {
  const mail = await db.outboundMessage.findFirstOrThrow({
    where: { to: staff.email, kind: 'staff_password_reset' },
    orderBy: { createdAt: 'desc' },
  });
  return /reset-password\?token=([\w-]+)/.exec(mail.text)![1];
};

beforeAll(async () => {
  await seedDemo();
}, 60_000);

describe('staff password reset', () => {
  it('sends nothing for an address that is not staff (a client, or nobody), and says the same', async () => {
    expect(await requestStaffPasswordReset({ email: DEMO_CREDENTIALS.client.email, locale: 'en' })).toBeNull();
    expect(await requestStaffPasswordReset({ email: 'nobody@example.com', locale: 'en' })).toBeNull();
    expect(await requestStaffPasswordReset({ email: 'not an email', locale: 'en' })).toBeNull();
    expect(await db.authToken.count({ where: { purpose: 'staff_reset_password' } })).toBe(0);
  });

  it('emails a link stored hashed; it sets a new password once, ends the sessions, and is audited', async () => {
    const deliver = await requestStaffPasswordReset({ email: staff.email.toUpperCase(), locale: 'it' });
    expect(deliver).not.toBeNull();
    await deliver!();
    const token = await tokenIn();
    const row = await db.authToken.findFirstOrThrow({ where: { purpose: 'staff_reset_password' } });
    expect(row.tokenHash).not.toContain(token);
    const mail = await db.outboundMessage.findFirstOrThrow({ where: { kind: 'staff_password_reset' } });
    expect(mail.subject).toBe('Reimposta la password di Portico');

    expect(await resetStaffPassword({ token, password: 'short' })).toEqual({ ok: false, error: 'tooShort' });
    const before = Date.now();
    expect(await resetStaffPassword({ token, password: 'a-brand-new-staff-password' })).toEqual({ ok: true });
    expect(await resetStaffPassword({ token, password: 'another-new-staff-password' })).toEqual({
      ok: false,
      error: 'expired',
    });
    const identity = await db.identity.findUniqueOrThrow({ where: { email: staff.email } });
    expect(identity.sessionsValidAfter.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await verifyStaffPassword({ email: staff.email, password: staff.password })).toBeNull();
    expect(await verifyStaffPassword({ email: staff.email, password: 'a-brand-new-staff-password' })).toMatchObject({
      identityId: identity.id,
    });
    expect(await db.auditEvent.count({ where: { action: 'staff.password_reset', actorId: identity.id } })).toBe(1);
  });

  it('a newer link revokes the older one; an expired or made-up link does nothing', async () => {
    await (await requestStaffPasswordReset({ email: staff.email, locale: 'en' }))!();
    const first = await tokenIn();
    await new Promise((r) => setTimeout(r, 5));
    await (await requestStaffPasswordReset({ email: staff.email, locale: 'en' }))!();
    const second = await tokenIn();
    expect(second).not.toBe(first);
    expect(await resetStaffPassword({ token: first, password: 'yet-another-password-1' })).toEqual({
      ok: false,
      error: 'expired',
    });
    expect(await resetStaffPassword({ token: 'made-up', password: 'yet-another-password-1' })).toEqual({
      ok: false,
      error: 'invalid',
    });
    const later = new Date(Date.now() + 2 * 3600_000);
    expect(await resetStaffPassword({ token: second, password: 'yet-another-password-1', now: later })).toEqual({
      ok: false,
      error: 'expired',
    });
  });

  it('sends at most three links an hour to one address', async () => {
    // three were asked for above within the hour
    expect(await requestStaffPasswordReset({ email: staff.email, locale: 'en' })).toBeNull();
  });
});
