import 'server-only';
import { db } from '@/lib/db';

const KEEP_MS = 24 * 3600_000;

/** Clean-up: one-time codes, links, signed-out sessions and counted wrong passwords that expired more than a day ago are deleted (the audit log keeps what happened). */
export async function expireCodes(now = new Date()) {
  const before = new Date(now.getTime() - KEEP_MS);
  const [codes, tokens, sessions, passwordFailures] = await Promise.all([
    db.oneTimeCode.deleteMany({ where: { expiresAt: { lt: before } } }),
    db.authToken.deleteMany({ where: { expiresAt: { lt: before } } }),
    // a signed-out session past its own end is refused anyway (expiresAt in the JWT)
    db.endedSession.deleteMany({ where: { expiresAt: { lt: before } } }),
    // they count for 15 minutes (lib/auth/passwords/password-ip-limit.ts)
    db.passwordFailure.deleteMany({ where: { createdAt: { lt: before } } }),
  ]);
  return {
    codes: codes.count,
    tokens: tokens.count,
    sessions: sessions.count,
    passwordFailures: passwordFailures.count,
  };
}
