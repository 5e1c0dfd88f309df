import 'server-only';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { auth } from './index';
import { isLiveSession, STAFF_SIGN_IN_PATH } from './config';

/**
 * The signed-in staff identity with its memberships, checked on the server: a
 * staff session, not revoked (issued after sessionsValidAfter). Redirects to
 * sign-in otherwise. Middleware is only the first gate.
 */
export async function requireStaff() {
  const session = await auth();
  if (!isLiveSession(session?.user) || session.user.kind !== 'staff') redirect(STAFF_SIGN_IN_PATH);
  const identity = await db.identity.findUnique({
    where: { id: session.user.id },
    select: {
      id: true, name: true, email: true, sessionsValidAfter: true,
      staff: { select: { role: true, business: { select: { id: true, slug: true, name: true } } }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!identity || session.user.signedInAt < identity.sessionsValidAfter.getTime() || identity.staff.length === 0) {
    redirect(STAFF_SIGN_IN_PATH);
  }
  return identity;
}
