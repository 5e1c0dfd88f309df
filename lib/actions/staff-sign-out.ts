'use server';
import { db } from '@/lib/db';
import { auth, signOut } from '@/lib/auth';
import { STAFF_SIGN_IN_PATH } from '@/lib/auth/config';

/** Signs out and ends every earlier session of this identity (sessionsValidAfter). */
export async function staffSignOut() {
  const session = await auth();
  if (session?.user?.kind === 'staff') {
    await db.identity.updateMany({ where: { id: session.user.id }, data: { sessionsValidAfter: new Date() } });
    await db.auditEvent.create({ data: { actorType: 'staff', actorId: session.user.id, action: 'staff.signed_out' } });
  }
  await signOut({ redirectTo: STAFF_SIGN_IN_PATH });
}
