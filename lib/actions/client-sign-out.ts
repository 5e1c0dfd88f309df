'use server';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { auth, signOut } from '@/lib/auth';
import { ZSlug } from '@/lib/business/schemas';
import { deleteAuthCookie } from '@/lib/auth/cookie-jar';
import { endSessions } from '@/lib/auth/end-sessions';
import { PLATFORM_COOKIE } from '@/lib/auth/platform-proof';

/** Signs out and ends every earlier session of this identity (sessionsValidAfter). */
export async function clientSignOut(formData: FormData) {
  const portal = ZSlug.safeParse(formData.get('portal'));
  const session = await auth();
  if (session?.user?.kind === 'client') {
    await endSessions(session.user.id);
    await recordAuditEvent({
      businessId: session.user.businessId,
      actorType: 'client',
      actorId: session.user.id,
      action: 'client.signed_out',
    });
  }
  await deleteAuthCookie(PLATFORM_COOKIE);
  await signOut({ redirectTo: portal.success ? `/p/${portal.data}` : '/' });
}
