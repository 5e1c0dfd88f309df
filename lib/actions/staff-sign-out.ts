'use server';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { signOut } from '@/lib/auth';
import { STAFF_SIGN_IN_PATH } from '@/lib/auth/config';
import { endSessions } from '@/lib/auth/sessions/end-sessions';
import { sessionUser } from '@/lib/auth/sessions/session-user';
import { closeViewAs } from '@/lib/auth/guards/view-as';

/** Signs out and ends every earlier session of this identity (sessionsValidAfter). */
export async function staffSignOut() {
  const user = await sessionUser();
  if (user?.kind === 'staff') {
    await endSessions(user.id);
    await recordAuditEvent({ actorType: 'staff', actorId: user.id, action: 'staff.signed_out' });
  }
  await closeViewAs(); // a preview of a client's portal ends with the staff session
  await signOut({ redirectTo: STAFF_SIGN_IN_PATH });
}
