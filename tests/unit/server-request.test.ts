import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  loggablePath,
  pathIsReadable,
  preferredLanguage,
  requestIdFor,
} from '../../scripts/server-request.mjs';

describe("the client's address (scripts/server.mjs)", () => {
  it('with no trusted proxy is the socket peer, whatever X-Forwarded-For says', () => {
    expect(clientAddress({ socketAddress: '::ffff:203.0.113.9', forwardedFor: '1.2.3.4' })).toBe('203.0.113.9');
    expect(clientAddress({ socketAddress: '2001:db8::1', forwardedFor: '1.2.3.4, 5.6.7.8' })).toBe('2001:db8::1');
  });

  it('behind one proxy is the entry that proxy appended, not what the client prepended', () => {
    const seen = (forwardedFor: string) => clientAddress({ socketAddress: '127.0.0.1', forwardedFor, trustedHops: 1 });
    expect(seen('203.0.113.9')).toBe('203.0.113.9');
    expect(seen('6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
    expect(seen('6.6.6.6,7.7.7.7, 203.0.113.9')).toBe('203.0.113.9');
  });

  it('behind two proxies is the second entry from the right', () => {
    expect(
      clientAddress({ socketAddress: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.9, 10.0.0.1', trustedHops: 2 }),
    ).toBe('203.0.113.9');
  });

  it('falls back to the socket when the header is missing, short or not an address', () => {
    expect(clientAddress({ socketAddress: '10.0.0.5', forwardedFor: undefined, trustedHops: 1 })).toBe('10.0.0.5');
    expect(clientAddress({ socketAddress: '10.0.0.5', forwardedFor: '203.0.113.9', trustedHops: 2 })).toBe('10.0.0.5');
    expect(clientAddress({ socketAddress: '10.0.0.5', forwardedFor: 'evil', trustedHops: 1 })).toBe('10.0.0.5');
  });
});

describe('request ids, paths and languages', () => {
  it("keeps a trusted proxy's well-formed id, makes one otherwise", () => {
    expect(requestIdFor('abc12345-nginx', 1)).toBe('abc12345-nginx');
    expect(requestIdFor('abc12345-nginx', 0)).not.toBe('abc12345-nginx');
    expect(requestIdFor('<script>alert(1)</script>', 1)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('knows a path that cannot be decoded', () => {
    expect(pathIsReadable('/p/demo/sign-in?x=%ZZ')).toBe(true);
    expect(pathIsReadable('/p/%ZZ/sign-in')).toBe(false);
    expect(pathIsReadable('/p/%E0%A4%A')).toBe(false);
  });

  it('logs paths without query strings or tokens', () => {
    expect(loggablePath('/api/calendar/Zx8fLq2_9aKd0pW3mN4bV7cX1?x=secret')).toBe('/api/calendar/[redacted]');
    expect(loggablePath('/p/demo/sign-in/link?token=abc')).toBe('/p/demo/sign-in/link');
  });

  it("answers in the first of the reader's languages that Portico speaks", () => {
    expect(preferredLanguage('ja-JP, it-IT;q=0.8, en;q=0.5')).toBe('it');
    expect(preferredLanguage(undefined)).toBe('en');
  });
});
