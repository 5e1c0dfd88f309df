import type { Session } from 'next-auth';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changeOwnPassword } from '@/lib/auth/passwords/change-own-password';
import { endSessions } from '@/lib/auth/sessions/end-sessions';
import { endThisSession } from '@/lib/auth/sessions/end-this-session';
import { verifyPassword } from '@/lib/crypto/password-hash';
import { resolvePortalClient } from '@/lib/auth/guards/require-client';
import { db } from '@/lib/db';
import { expireCodes } from '@/lib/jobs/expire-codes';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let demo: { id: string };
let identityId: string;
let clientId: string;
const session = (sid: string, signedInAt = Date.now()): Session['user'] => ({
  id: identityId,
  kind: 'client',
  businessId: demo.id,
  portal: 'demo',
  clientId,
  sid,
  signedInAt,
  expiresAt: Date.now() + 3600_000,
});

beforeAll(async () => {
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  const identity = await db.identity.findUniqueOrThrow({
    where: { email: DEMO_CREDENTIALS.client.email },
    include: { clients: true },
  });
  identityId = identity.id;
  clientId = identity.clients.find((c) => c.businessId === demo.id)!.id;
  // the seed has just made the login: its sessions count from a minute ago, so that a session
  // made "a second ago" below is one this login could have made, however fast the seed ran
  await db.identity.update({ where: { id: identityId }, data: { sessionsValidAfter: new Date(Date.now() - 60_000) } });
}, 60_000);

describe('"Sign out" and "Sign out everywhere"', () => {
  beforeEach(async () => {
    await db.endedSession.deleteMany({});
  });

  it('signing out in one browser ends that session only; the same person elsewhere stays signed in', async () => {
    const laptop = session('laptop-sid', Date.now() - 1000);
    const phone = session('phone-sid', Date.now() - 1000);
    await endThisSession({ identityId, sid: laptop.sid, expiresAt: laptop.expiresAt });
    expect(await resolvePortalClient(laptop, demo.id)).toBeNull(); // its copied cookie is refused too
    expect(await resolvePortalClient(phone, demo.id)).toMatchObject({ id: clientId });
  });

  it('"everywhere" ends every session made before it', async () => {
    const phone = session('phone-sid', Date.now() - 1000);
    await endSessions(identityId);
    expect(await resolvePortalClient(phone, demo.id)).toBeNull();
    expect(await resolvePortalClient(session('after-sid', Date.now() + 10), demo.id)).toMatchObject({ id: clientId });
  });

  it('the nightly clean-up forgets signed-out sessions once they would have expired anyway', async () => {
    const now = new Date();
    await endThisSession({ identityId, sid: 'old', expiresAt: now.getTime() - 3 * 24 * 3600_000 });
    await endThisSession({ identityId, sid: 'live', expiresAt: now.getTime() + 3600_000 });
    expect((await expireCodes(now)).sessions).toBe(1);
    expect(await db.endedSession.findMany({ select: { sid: true } })).toEqual([{ sid: 'live' }]);
  });
});

describe('changing the password while signed in', () => {
  const hashOf = async () => (await db.identity.findUniqueOrThrow({ where: { id: identityId } })).passwordHash!;

  it('needs the current password, keeps the rules, and changes nothing when refused', async () => {
    const before = await hashOf();
    const base = { identityId, businessId: demo.id, signedInAt: Date.now() };
    expect(
      await changeOwnPassword({ ...base, current: 'not my password', password: 'lantern orbit pickle 42' }),
    ).toEqual({ ok: false, error: 'wrongPassword' });
    expect(
      await changeOwnPassword({ ...base, current: DEMO_CREDENTIALS.client.password, password: 'password1' }),
    ).toEqual({ ok: false, error: 'tooCommon' });
    expect(await hashOf()).toBe(before);
    await db.identity.update({ where: { id: identityId }, data: { failedLogins: 0, lockedUntil: null } });
  });

  it('sets the new password and ends every session', async () => {
    const earlier = session('earlier', Date.now() - 1000);
    const result = await changeOwnPassword({
      identityId,
      businessId: demo.id,
      current: DEMO_CREDENTIALS.client.password,
      password: 'lantern orbit pickle 42',
      signedInAt: Date.now(),
    });
    expect(result).toEqual({ ok: true });
    expect(await verifyPassword('lantern orbit pickle 42', await hashOf())).toBe(true);
    expect(await resolvePortalClient(earlier, demo.id)).toBeNull();
    const audit = await db.auditEvent.findFirst({ where: { action: 'client.password_changed', actorId: identityId } });
    expect(audit).not.toBeNull();
    // back to the demo password for the other tests
    await changeOwnPassword({
      identityId,
      businessId: demo.id,
      current: 'lantern orbit pickle 42',
      password: DEMO_CREDENTIALS.client.password,
      signedInAt: Date.now(),
    });
  });

  it('a person without a password chooses one only right after a code sign-in', async () => {
    const person = await db.identity.create({ data: { email: 'codes-only@example.com' } });
    const base = { identityId: person.id, businessId: demo.id, current: '', password: 'lantern orbit pickle 42' };
    expect(await changeOwnPassword({ ...base, signedInAt: Date.now() - 60 * 60_000 })).toEqual({
      ok: false,
      error: 'signInAgain',
    });
    expect(await changeOwnPassword({ ...base, signedInAt: Date.now() - 60_000 })).toEqual({ ok: true });
    await db.identity.delete({ where: { id: person.id } });
  });
});
