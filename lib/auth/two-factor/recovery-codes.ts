import 'server-only';
import { createHmac, randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import { sameHash } from '../codes/code-crypto';
import { authSecret } from '../../crypto/secret';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i
const RECOVERY_CODE_COUNT = 10;

const normalize = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');
const hashRecoveryCode = (identityId: string, code: string) =>
  createHmac('sha256', authSecret())
    .update(`recovery|${identityId}|${normalize(code)}`)
    .digest('hex');

/** 10 new single-use codes ("xxxxx-xxxxx", 50 bits each), replacing any earlier ones; returns them once. */
export async function replaceRecoveryCodes(identityId: string) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { identityId } }),
    db.recoveryCode.createMany({
      data: codes.map((code) => ({ identityId, codeHash: hashRecoveryCode(identityId, code) })),
    }),
  ]);
  return codes;
}

/** Uses a recovery code: true once per code, even under concurrent use. */
export async function consumeRecoveryCode(identityId: string, code: string, now = new Date()) {
  if (normalize(code).length !== 10) return false;
  const hash = hashRecoveryCode(identityId, code);
  const unused = await db.recoveryCode.findMany({
    where: { identityId, usedAt: null },
    select: { id: true, codeHash: true },
  });
  const match = unused.find((row) => sameHash(row.codeHash, hash));
  if (!match) return false;
  const used = await db.recoveryCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: now } });
  return used.count === 1;
}
