import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { createGuardrails } from 'otplib';
import { createTotpSecret, openTotpSecret, sealTotpSecret, verifyTotp } from '@/lib/auth/two-factor/totp';

// RFC 6238 Appendix B, SHA-1: secret "12345678901234567890" (ASCII), 8 digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const vectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(vectors)('Appendix B SHA-1 vector at T=%i is %s', async (epoch, expected) => {
    expect(
      await generate({
        secret: RFC_SECRET,
        epoch,
        digits: 8,
        algorithm: 'sha1',
        guardrails: createGuardrails({ MAX_WINDOW: 100 }),
      }),
    ).toBe(expected);
  });

  const secret = createTotpSecret();
  const at = (s: number) => new Date(s * 1000);
  const T = 1_800_000_000; // a step boundary (divisible by 30)

  it('uses 160-bit secrets', () => {
    expect(secret.length).toBe(32); // 20 bytes in base32
  });

  it('accepts the current code and ±1 step, refuses two steps away', async () => {
    const code = await generate({ secret, epoch: T });
    expect(await verifyTotp(secret, code, { now: at(T + 5) })).toBe(T / 30);
    expect(await verifyTotp(secret, code, { now: at(T + 35) })).toBe(T / 30);
    expect(await verifyTotp(secret, code, { now: at(T - 25) })).toBe(T / 30);
    expect(await verifyTotp(secret, code, { now: at(T + 65) })).toBeNull();
  });

  it('refuses a code whose step was already used', async () => {
    const code = await generate({ secret, epoch: T });
    const step = await verifyTotp(secret, code, { now: at(T + 1) });
    expect(await verifyTotp(secret, code, { now: at(T + 2), lastStep: step })).toBeNull();
    const next = await generate({ secret, epoch: T + 30 });
    expect(await verifyTotp(secret, next, { now: at(T + 31), lastStep: step })).toBe(step! + 1);
  });

  it('stores the secret encrypted and reads it back', () => {
    const sealed = sealTotpSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(openTotpSecret(sealed)).toBe(secret);
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => openTotpSecret(tampered)).toThrow();
  });
});
