import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';

/** how long a ceremony may take, from the options to the answer */
export const CHALLENGE_TTL_MS = 5 * 60_000;
/** challenges one address may ask for in an hour (a sign-in page asks for one when it opens) */
const SIGN_IN_CHALLENGES_PER_IP_HOUR = 600;
/** registrations one identity may start in an hour */
const REGISTRATIONS_PER_IDENTITY_HOUR = 20;
const HOUR_MS = 3600_000;

type TPurpose = 'register' | 'authenticate';

const hashChallenge = (challenge: string) => createHash('sha256').update(challenge).digest('hex');

/**
 * Keeps a challenge (hashed) for one ceremony, or answers false when the address (sign-in) or the
 * identity (registration) asked for too many in the last hour. Rows older than an hour go.
 */
export async function storeChallenge({
  challenge,
  purpose,
  identityId = null,
  ip,
  now = new Date(),
}: {
  challenge: string;
  purpose: TPurpose;
  identityId?: string | null;
  ip: string | null;
  now?: Date;
}): Promise<boolean> {
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  await db.passkeyChallenge.deleteMany({ where: { createdAt: { lt: hourAgo } } });
  const recent =
    purpose === 'register'
      ? await db.passkeyChallenge.count({ where: { purpose, identityId, createdAt: { gte: hourAgo } } })
      : ip
        ? await db.passkeyChallenge.count({ where: { purpose, ip, createdAt: { gte: hourAgo } } })
        : 0;
  const cap = purpose === 'register' ? REGISTRATIONS_PER_IDENTITY_HOUR : SIGN_IN_CHALLENGES_PER_IP_HOUR;
  if (recent >= cap) return false;
  await db.passkeyChallenge.create({
    data: {
      challengeHash: hashChallenge(challenge),
      purpose,
      identityId,
      ip,
      createdAt: now,
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    },
  });
  return true;
}

/**
 * Whether the answer's challenge is one we handed out for this purpose (and, for a registration,
 * to this identity), unexpired. It is used up here, by one guarded delete: of two concurrent
 * answers with the same challenge exactly one gets true, and a replay gets false.
 */
export async function consumeChallenge(
  challenge: string,
  purpose: TPurpose,
  identityId: string | null,
  now = new Date(),
): Promise<boolean> {
  const { count } = await db.passkeyChallenge.deleteMany({
    where: {
      challengeHash: hashChallenge(challenge),
      purpose,
      ...(purpose === 'register' ? { identityId } : {}),
      expiresAt: { gt: now },
    },
  });
  return count === 1;
}
