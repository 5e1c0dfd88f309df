// Password hashing with scrypt (memory-hard; ASVS 11.4.2: N = 2^17, r = 8, p = 1).
// node:crypto's scrypt is used rather than a native argon2 addon: it needs no
// install script and hashes the whole password (no 72-byte truncation).
// Used by the app (server only: node:crypto cannot reach a browser bundle) and by the seed.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * The cost of a new hash: 2^17 (ASVS 11.4.2) everywhere but Vitest (NODE_ENV=test), which hashes at
 * 2^10 so that the suite spends its time on behaviour rather than key stretching. A stored hash
 * names its own cost, so verifying is the same code either way; `next start` and the seed always
 * run with another NODE_ENV.
 */
export const passwordLogN = (nodeEnv: string | undefined = process.env.NODE_ENV) => (nodeEnv === 'test' ? 10 : 17);
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, logN: number, r: number, p: number) {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 1024 * 1024 };
  return new Promise<Buffer>((resolve, reject) =>
    scryptCb(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Returns `scrypt$logN$r$p$salt$hash` (base64url parts), so parameters can be raised later. */
export async function hashPassword(password: string, logN = passwordLogN()): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, logN, R, P);
  return ['scrypt', logN, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), Number(logN), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
