import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env-schema';

const secret = 'x'.repeat(40);

describe('environment validation', () => {
  it('stops production start-up naming a missing AUTH_SECRET in one line', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'file:./data/p.db' })).toThrowError(
      /^Invalid environment: AUTH_SECRET is required in production$/,
    );
  });

  it('names a missing DATABASE_URL in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', AUTH_SECRET: secret })).toThrowError(/DATABASE_URL is required/);
  });

  it('names a malformed DATABASE_URL', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', AUTH_SECRET: secret, DATABASE_URL: 'mysql://x' })).toThrowError(
      /^Invalid environment: DATABASE_URL must be a file: or postgres:\/\/ URL$/,
    );
  });

  it('refuses a short AUTH_SECRET and a malformed Twilio SID', () => {
    expect(() => parseEnv({ AUTH_SECRET: 'short' })).toThrowError(/AUTH_SECRET must be at least 32/);
    expect(() => parseEnv({ TWILIO_ACCOUNT_SID: 'nope' })).toThrowError(/TWILIO_ACCOUNT_SID/);
  });

  it('accepts a complete production environment and defaults the database in development', () => {
    expect(
      parseEnv({ NODE_ENV: 'production', AUTH_SECRET: secret, DATABASE_URL: 'postgres://u:p@localhost/db' })
        .DATABASE_URL,
    ).toBe('postgres://u:p@localhost/db');
    expect(parseEnv({ NODE_ENV: 'development', SMTP_URL: '' }).DATABASE_URL).toBe('file:./data/portico.db');
  });

  it('reads a changed variable at once, and a broken one after a good one still fails', () => {
    const good = { NODE_ENV: 'development', PORTICO_DEMO: '1', PATH: '/usr/bin' } as const;
    expect(parseEnv(good).PORTICO_DEMO).toBe('1');
    expect(parseEnv({ ...good, PATH: '/bin' })).toBe(parseEnv(good)); // a variable outside the schema changes nothing
    expect(parseEnv({ ...good, PORTICO_DEMO: '0' }).PORTICO_DEMO).toBe('0');
    expect(() => parseEnv({ ...good, PORTICO_DEMO: 'yes' })).toThrowError(/PORTICO_DEMO/);
    expect(parseEnv(good).PORTICO_DEMO).toBe('1');
  });
});
