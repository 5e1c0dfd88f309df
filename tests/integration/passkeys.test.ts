import { beforeAll, describe, expect, it } from 'vitest';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import { clientPasskeySignIn } from '@/lib/auth/passkeys/client-passkey-sign-in';
import { finishPasskeyRegistration } from '@/lib/auth/passkeys/finish-passkey-registration';
import { notifyPasskey } from '@/lib/auth/passkeys/passkey-notice';
import { removePasskey } from '@/lib/auth/passkeys/remove-passkey';
import { staffPasskeySignIn } from '@/lib/auth/passkeys/staff-passkey-sign-in';
import { startPasskeyRegistration } from '@/lib/auth/passkeys/start-passkey-registration';
import { startPasskeySignIn } from '@/lib/auth/passkeys/start-passkey-sign-in';
import { endSessions } from '@/lib/auth/sessions/end-sessions';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';
import { SoftAuthenticator } from '../support/soft-authenticator';

// Passkeys, as @simplewebauthn/server verifies them, against a software authenticator that signs
// for real: registration, sign-in in a portal and the admin, and every refusal the issue names
// (wrong origin, replayed or expired challenge, another identity's credential) with the same answer.
const ORIGIN = 'https://portico.example.com';
const ip = '203.0.113.7';
let client: { identityId: string; cardId: string; businessId: string };
let owner: string;

const signInOptions = async (now?: Date) => {
  const started = await startPasskeySignIn({ ip, now });
  if (!started.ok) throw new Error(started.error);
  return started.options;
};

async function register(identityId: string, authenticator: SoftAuthenticator, name = 'iPhone', businessId?: string) {
  const started = await startPasskeyRegistration(identityId, {
    rpName: 'Studio Demo',
    userName: 'someone',
    displayName: 'Someone',
    ip,
  });
  if (!started.ok) throw new Error(started.error);
  return finishPasskeyRegistration(
    identityId,
    { name, response: authenticator.create(started.options) },
    { businessId, ip },
  );
}

beforeAll(async () => {
  process.env.AUTH_URL = ORIGIN;
  await seedDemo();
  const identity = await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.client.email } });
  const card = await db.client.findFirstOrThrow({
    where: { identityId: identity.id, business: { slug: 'demo' } },
    select: { id: true, businessId: true },
  });
  client = { identityId: identity.id, cardId: card.id, businessId: card.businessId };
  owner = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
}, 60_000);

describe('adding a passkey', () => {
  it('asks for a discoverable credential with user verification, for our relying party, under the identity’s id', async () => {
    const started = await startPasskeyRegistration(client.identityId, {
      rpName: 'Studio Demo',
      userName: DEMO_CREDENTIALS.client.email,
      displayName: 'Demo Client',
      ip,
    });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(started.options.rp).toEqual({ id: 'portico.example.com', name: 'Studio Demo' });
    expect(started.options.authenticatorSelection).toMatchObject({
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    });
    expect(started.options.user.id).toBe(isoBase64URL.fromUTF8String(client.identityId));
    expect(started.options.attestation).toBe('none');
    // the challenge is stored hashed, never as given
    const stored = await db.passkeyChallenge.findMany({ where: { identityId: client.identityId } });
    expect(stored.some((row) => row.challengeHash.includes(started.options.challenge))).toBe(false);
  });

  it('keeps a verified passkey with its name, key, counter and backup flags, and audits it', async () => {
    const phone = new SoftAuthenticator(ORIGIN);
    const added = await register(client.identityId, phone, '  iPhone  ', client.businessId);
    expect(added).toMatchObject({ ok: true, passkey: { name: 'iPhone' } });
    const row = await db.passkey.findUniqueOrThrow({ where: { credentialId: phone.credentialId } });
    expect(row).toMatchObject({
      identityId: client.identityId,
      name: 'iPhone',
      counter: 1,
      deviceType: 'singleDevice',
      backedUp: false,
      transports: 'internal',
      lastUsedAt: null,
    });
    expect(row.publicKey.length).toBeGreaterThan(60);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'passkey.added', targetId: row.id } });
    expect(audit).toMatchObject({ businessId: client.businessId, actorId: client.identityId, ip });
  });

  it('refuses a replayed answer, an answer from another origin, another identity’s challenge, no user verification, and a blank name, writing nothing', async () => {
    const before = await db.passkey.count();
    const laptop = new SoftAuthenticator(ORIGIN);
    const started = await startPasskeyRegistration(client.identityId, {
      rpName: 'x',
      userName: 'x',
      displayName: 'x',
      ip,
    });
    if (!started.ok) throw new Error(started.error);
    const answer = laptop.create(started.options);
    // another identity may not use the challenge given to this one
    expect(await finishPasskeyRegistration(owner, { name: 'Laptop', response: answer }, { ip })).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(await finishPasskeyRegistration(client.identityId, { name: 'Laptop', response: answer }, { ip })).toEqual({
      ok: true,
      passkey: expect.objectContaining({ name: 'Laptop' }),
    });
    // the same answer again: its challenge is used up
    expect(await finishPasskeyRegistration(client.identityId, { name: 'Again', response: answer }, { ip })).toEqual({
      ok: false,
      error: 'refused',
    });
    const phished = await register(client.identityId, new SoftAuthenticator('https://portico.example.com.evil.test'));
    expect(phished).toEqual({ ok: false, error: 'refused' });
    const unverified = await register(client.identityId, new SoftAuthenticator(ORIGIN, { userVerified: false }));
    expect(unverified).toEqual({ ok: false, error: 'refused' });
    expect(await register(client.identityId, new SoftAuthenticator(ORIGIN), '   ')).toEqual({
      ok: false,
      error: 'invalid',
      fields: { name: 'nameRequired' },
    });
    expect(await db.passkey.count()).toBe(before + 1);
  });
});

describe('signing in with a passkey', () => {
  let phone: SoftAuthenticator;

  beforeAll(async () => {
    phone = new SoftAuthenticator(ORIGIN);
    expect((await register(client.identityId, phone, 'Pixel', client.businessId)).ok).toBe(true);
  });

  it('offers no credential list (nothing tells whether an account exists) and requires user verification', async () => {
    const options = await signInOptions();
    expect(options.allowCredentials ?? []).toEqual([]);
    expect(options.userVerification).toBe('required');
    expect(options.rpId).toBe('portico.example.com');
  });

  it('signs the client in to the card of that portal, counting as both factors, and audits the use', async () => {
    const signedIn = await clientPasskeySignIn('demo', phone.get(await signInOptions()), { ip });
    expect(signedIn?.user).toMatchObject({
      id: client.identityId,
      clientId: client.cardId,
      businessId: client.businessId,
      portal: 'demo',
      method: 'passkey',
    });
    const row = await db.passkey.findUniqueOrThrow({ where: { credentialId: phone.credentialId } });
    expect(row.lastUsedAt).not.toBeNull();
    expect(row.counter).toBe(2);
    expect(await db.auditEvent.count({ where: { action: 'passkey.used', targetId: row.id } })).toBe(1);
  });

  it('refuses, with the same null, a replay, an expired challenge, another origin and a lower counter (a cloned key)', async () => {
    const answer = phone.get(await signInOptions());
    expect(await clientPasskeySignIn('demo', answer, { ip })).not.toBeNull();
    expect(await clientPasskeySignIn('demo', answer, { ip })).toBeNull();

    const old = new Date(Date.now() - 6 * 60_000);
    expect(await clientPasskeySignIn('demo', phone.get(await signInOptions(old)), { ip })).toBeNull();

    const elsewhere = phone.get(await signInOptions(), { origin: 'https://portico-example.evil.test' });
    expect(await clientPasskeySignIn('demo', elsewhere, { ip })).toBeNull();

    const earlier = phone.get(await signInOptions());
    const later = phone.get(await signInOptions());
    expect(await clientPasskeySignIn('demo', later, { ip })).not.toBeNull();
    expect(await clientPasskeySignIn('demo', earlier, { ip })).toBeNull();
  });

  it('refuses a credential whose user handle names another identity', async () => {
    const answer = phone.get(await signInOptions(), { userHandle: isoBase64URL.fromUTF8String(owner) });
    expect(await clientPasskeySignIn('demo', answer, { ip })).toBeNull();
  });

  it('refuses in a portal where the identity reaches no card, and in the admin for a person who is not staff', async () => {
    const elsewhere = await db.business.create({ data: { slug: 'elsewhere', name: 'Elsewhere' } });
    expect(elsewhere.loginMethods.split(',')).toContain('passkey');
    expect(await clientPasskeySignIn(elsewhere.slug, phone.get(await signInOptions()), { ip })).toBeNull();
    expect(await staffPasskeySignIn(phone.get(await signInOptions()), { ip })).toBeNull();
  });

  it('refuses in a portal whose business turned passkeys off', async () => {
    const { loginMethods } = await db.business.findUniqueOrThrow({ where: { id: client.businessId } });
    expect(loginMethods.split(',')).toContain('passkey');
    await db.business.update({
      where: { id: client.businessId },
      data: { loginMethods: loginMethods.replace(',passkey', '') },
    });
    expect(await clientPasskeySignIn('demo', phone.get(await signInOptions()), { ip })).toBeNull();
    await db.business.update({ where: { id: client.businessId }, data: { loginMethods } });
    expect(await clientPasskeySignIn('demo', phone.get(await signInOptions()), { ip })).not.toBeNull();
  });

  it('signs staff in to the admin with their own passkey', async () => {
    const key = new SoftAuthenticator(ORIGIN);
    expect((await register(owner, key, 'Laptop')).ok).toBe(true);
    const signedIn = await staffPasskeySignIn(key.get(await signInOptions()), { ip });
    expect(signedIn?.identity).toMatchObject({ id: owner, email: DEMO_CREDENTIALS.demoOwner.email });
    expect(await clientPasskeySignIn('demo', key.get(await signInOptions()), { ip })).toBeNull();
  });

  it('keeps passkeys through “Sign out everywhere”; a removed one signs no one in from that instant', async () => {
    const row = await db.passkey.findUniqueOrThrow({ where: { credentialId: phone.credentialId } });
    await endSessions(client.identityId);
    expect(await db.passkey.count({ where: { id: row.id } })).toBe(1);
    // another identity's id is not found, and nothing is removed
    expect(await removePasskey(owner, row.id, { ip })).toEqual({ ok: false, error: 'notFound' });
    expect(await removePasskey(client.identityId, row.id, { businessId: client.businessId, ip })).toEqual({
      ok: true,
      name: 'Pixel',
    });
    expect(await db.auditEvent.count({ where: { action: 'passkey.removed', targetId: row.id } })).toBe(1);
    expect(await clientPasskeySignIn('demo', phone.get(await signInOptions()), { ip })).toBeNull();
  });

  it('limits the sign-in challenges one address may ask for in an hour', async () => {
    const flood = '198.51.100.9';
    const now = new Date();
    const answers = [];
    for (let i = 0; i < 600; i += 1) answers.push(await startPasskeySignIn({ ip: flood, now }));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(await startPasskeySignIn({ ip: flood, now })).toEqual({ ok: false, error: 'rate_limited' });
    expect((await startPasskeySignIn({ ip: '198.51.100.10', now })).ok).toBe(true);
  });
});

describe('the security notice', () => {
  it('tells the client by email, in the card’s language, naming the passkey and the business', async () => {
    const business = await db.business.findUniqueOrThrow({ where: { id: client.businessId } });
    await notifyPasskey({ event: 'added', name: 'iPhone', business, to: 'someone@example.com', locale: 'it' });
    const sent = await db.outboundMessage.findFirstOrThrow({
      where: { to: 'someone@example.com', kind: 'passkey_added' },
    });
    expect(sent.subject).toBe('È stata aggiunta una passkey al tuo account');
    expect(sent.text).toContain('“iPhone”');
    expect(sent.text).toContain(business.name);
  });
});
