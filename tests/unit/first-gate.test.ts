import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type firstGate from '@/middleware';

// The first gate (middleware.ts) renews the session cookie through Auth.js only when the
// cookie needs it; between renewals it reads the cookie itself. Either way it lets in and
// turns away the same requests.
const SECRET = 'first-gate-test-secret-0123456789abcdef';
const NAME = 'authjs.session-token';
const HOUR = 3600_000;
const client = (extra: Record<string, unknown> = {}) => ({
  sub: 'identity-1',
  kind: 'client' as const,
  signedInAt: Date.now(),
  sid: 'sid-1',
  expiresAt: Date.now() + 8 * HOUR,
  persistent: false,
  businessId: 'business-1',
  portal: 'demo',
  clientId: 'client-1',
  ...extra,
});
const seal = (token: Record<string, unknown>) => encode({ token, secret: SECRET, salt: NAME, maxAge: 30 * 24 * 3600 });

// imported once the secret is set: Auth.js takes it when the gate's instance is made
let middleware: typeof firstGate;
beforeAll(async () => {
  vi.stubEnv('AUTH_SECRET', SECRET);
  middleware = (await import('@/middleware')).default;
});
afterEach(() => vi.useRealTimers());

async function visit(path: string, cookie?: string) {
  // the headers Next's server adds before the middleware runs
  const headers = { host: 'localhost', 'x-forwarded-host': 'localhost', 'x-forwarded-proto': 'http' };
  const request = new NextRequest(`http://localhost${path}`, {
    headers: cookie ? { ...headers, cookie: `${NAME}=${cookie}` } : headers,
  });
  const response = (await middleware(request, {} as never)) as Response;
  const renewed = response.headers.getSetCookie().find((c) => c.startsWith(`${NAME}=`));
  return { response, renewed, value: renewed && /^[^=]+=([^;]*)/.exec(renewed)![1] };
}

describe('the first gate', () => {
  it('renews a cookie sealed at sign-in once, marked, as a browser-session cookie without "remember me"', async () => {
    const first = await visit('/p/demo/dashboard', await seal(client()));
    expect(first.response.headers.get('x-middleware-next')).toBe('1');
    expect(first.renewed).toBeDefined();
    expect(first.renewed).not.toMatch(/expires=|max-age=/i);
    // the renewed cookie is the browser's next one: read as it is, not sealed again
    const second = await visit('/p/demo/dashboard', first.value);
    expect(second.response.headers.get('x-middleware-next')).toBe('1');
    expect(second.renewed).toBeUndefined();
  });

  it('keeps a 30-day cookie with "remember me"', async () => {
    const { renewed } = await visit('/p/demo/dashboard', await seal(client({ persistent: true })));
    const expires = Date.parse(/expires=([^;]+)/i.exec(renewed!)![1]);
    expect(expires - Date.now()).toBeGreaterThan(29 * 24 * HOUR);
  });

  it('renews a cookie again an hour after it last did', async () => {
    const { value } = await visit('/p/demo/dashboard', await seal(client()));
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + HOUR + 60_000 });
    const later = await visit('/p/demo/dashboard', value);
    expect(later.response.headers.get('x-middleware-next')).toBe('1');
    expect(later.renewed).toBeDefined();
  });

  it('turns away, between renewals too, what the session does not open', async () => {
    const { value } = await visit('/p/demo/dashboard', await seal(client()));
    // another portal's page: to that portal's sign-in
    const other = await visit('/p/other/dashboard', value);
    expect(other.response.status).toBe(307);
    expect(other.response.headers.get('location')).toBe(
      'http://localhost/p/other/sign-in?callbackUrl=%2Fp%2Fother%2Fdashboard',
    );
    // a client session is not a staff session
    expect((await visit('/admin/demo/clients', value)).response.status).toBe(307);
    // the session's own end has passed (the cookie itself is still good)
    const ended = await visit('/p/demo/dashboard', await seal(client({ expiresAt: Date.now() - 1000 })));
    expect(ended.response.status).toBe(307);
    // no cookie
    expect((await visit('/p/demo/dashboard')).response.status).toBe(307);
    // public pages stay open
    expect((await visit('/p/demo/sign-in')).response.headers.get('x-middleware-next')).toBe('1');
  });

  it('refuses and clears a cookie that does not open, even one it has read before once it expires', async () => {
    const forged = await visit('/p/demo/dashboard', 'not-a-token');
    expect(forged.response.status).toBe(307);
    expect(forged.renewed).toMatch(/max-age=0|expires=Thu, 01 Jan 1970/i);
    const { value } = await visit('/p/demo/dashboard', await seal(client({ expiresAt: Date.now() + 40 * 24 * HOUR })));
    expect((await visit('/p/demo/dashboard', value)).response.headers.get('x-middleware-next')).toBe('1');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31 * 24 * HOUR });
    expect((await visit('/p/demo/dashboard', value)).response.status).toBe(307);
  });
});
