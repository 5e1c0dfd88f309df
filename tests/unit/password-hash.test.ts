import { describe, expect, it } from 'vitest';
import { hashPassword, passwordLogN, verifyPassword } from '@/lib/crypto/password-hash';

describe('password hashing', () => {
  it('uses scrypt with N = 2^17, r = 8, p = 1 and a random salt', async () => {
    const production = passwordLogN();
    const [a, b] = await Promise.all([
      hashPassword('correct horse battery', passwordLogN('production')),
      hashPassword('correct horse battery', passwordLogN('production')),
    ]);
    expect(a).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    // only Vitest hashes cheaper; the server, the seed and every other tool hash at 2^17
    expect([passwordLogN('production'), passwordLogN('development'), passwordLogN('')]).toEqual([17, 17, 17]);
    expect(production).toBe(10);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'bcrypt$garbage')).toBe(false);
  });

  it('compares the whole password, past 72 bytes', async () => {
    const base = 'a'.repeat(100);
    const hash = await hashPassword(`${base}1`);
    expect(await verifyPassword(`${base}2`, hash)).toBe(false);
  });
});
