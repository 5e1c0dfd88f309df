import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { authSecret } from '@/lib/crypto/secret';
import { sessionUserFrom } from '@/lib/auth/sessions/session-user';

// Pages, actions and route handlers read the session cookie themselves (no re-sealing per
// call, as Auth.js's auth() does): what they read must be exactly what Auth.js sealed.
const NAME = 'authjs.session-token';
const claims = {
  sub: 'identity-1',
  kind: 'client' as const,
  signedInAt: 1_700_000_000_000,
  sid: 'sid-1',
  expiresAt: 1_700_003_600_000,
  persistent: false,
  businessId: 'business-1',
  portal: 'demo',
  clientId: 'client-1',
  email: 'demo.client@example.com',
};
const seal = (salt = NAME, secret = authSecret()) => encode({ token: claims, secret, salt, maxAge: 3600 });
const jar = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { value: cookies[name] } : undefined),
  has: (name: string) => name in cookies,
});

describe('the session read from its cookie', () => {
  it('is the user Auth.js sealed, over http and over HTTPS (__Secure- name)', async () => {
    const expected = { id: 'identity-1', kind: 'client', portal: 'demo', clientId: 'client-1', sid: 'sid-1' };
    expect(await sessionUserFrom(jar({ [NAME]: await seal() }))).toMatchObject(expected);
    const secure = `__Secure-${NAME}`;
    expect(await sessionUserFrom(jar({ [secure]: await seal(secure) }))).toMatchObject(expected);
  });

  it('is put together from a cookie Auth.js split into chunks', async () => {
    const value = await seal();
    const half = Math.ceil(value.length / 2);
    const user = await sessionUserFrom(jar({ [`${NAME}.0`]: value.slice(0, half), [`${NAME}.1`]: value.slice(half) }));
    expect(user?.id).toBe('identity-1');
  });

  it('is no one without a cookie, or with one sealed by another secret, under another name, or tampered with', async () => {
    expect(await sessionUserFrom(jar({}))).toBeUndefined();
    expect(
      await sessionUserFrom(jar({ [NAME]: await seal(NAME, 'another-secret-another-secret-another') })),
    ).toBeUndefined();
    // sealed for another cookie (the salt is the name): not accepted as the session
    expect(await sessionUserFrom(jar({ [NAME]: await seal('portico.view-as') }))).toBeUndefined();
    const value = await seal();
    const tampered = value.slice(0, -4) + (value.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(await sessionUserFrom(jar({ [NAME]: tampered }))).toBeUndefined();
    expect(await sessionUserFrom(jar({ [NAME]: 'not-a-token' }))).toBeUndefined();
  });
});
