import { afterEach, describe, expect, it } from 'vitest';
import { cookieName } from '@/lib/crypto/cookie-jar';

describe('auth cookie names', () => {
  afterEach(() => {
    delete process.env.AUTH_URL;
  });

  it('carry the browser-enforced prefix over HTTPS', () => {
    process.env.AUTH_URL = 'https://portal.example.com';
    expect(cookieName('portico.platform')).toBe('__Host-portico.platform');
    expect(cookieName('portico.2fa', '/p/demo')).toBe('__Secure-portico.2fa');
  });

  it('have none over plain http (localhost), where Secure cookies cannot be set', () => {
    process.env.AUTH_URL = 'http://localhost:3000';
    expect(cookieName('portico.platform')).toBe('portico.platform');
  });
});
