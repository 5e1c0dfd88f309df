import 'server-only';
import { db } from '@/lib/db';

/**
 * Ends one session (this browser's "Sign out"): its id is refused until it would have
 * expired. The person's sessions elsewhere go on; "Sign out everywhere" is endSessions.
 */
export async function endThisSession({
  identityId,
  sid,
  expiresAt,
}: {
  identityId: string;
  sid: string | undefined;
  expiresAt: number;
}) {
  if (!sid) return;
  await db.endedSession.upsert({
    where: { sid },
    create: { sid, identityId, expiresAt: new Date(expiresAt) },
    update: {},
  });
}
