import 'server-only';
import { db } from '@/lib/db';

/** Ends every session of this identity made before now (compared with the session's `signedInAt`). */
export async function endSessions(identityId: string, now = new Date()) {
  await db.identity.updateMany({ where: { id: identityId }, data: { sessionsValidAfter: now } });
}
