'use server';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { signOut } from '@/lib/auth';
import { ZSlug } from '@/lib/business/schemas';
import { deleteAuthCookie } from '@/lib/crypto/cookie-jar';
import { endSessions } from '@/lib/auth/sessions/end-sessions';
import { endThisSession } from '@/lib/auth/sessions/end-this-session';
import { PLATFORM_COOKIE } from '@/lib/auth/platform/platform-proof';
import { sessionUser } from '@/lib/auth/sessions/session-user';
import { formField } from '@/lib/security/form-field';

async function signOutClient(formData: FormData, everywhere: boolean) {
  const portal = ZSlug.safeParse(formField(formData, 'portal'));
  const user = await sessionUser();
  if (user?.kind === 'client') {
    const { id, sid, expiresAt, businessId } = user;
    if (everywhere) await endSessions(id);
    else await endThisSession({ identityId: id, sid, expiresAt });
    await recordAuditEvent({
      businessId,
      actorType: 'client',
      actorId: id,
      action: everywhere ? 'client.signed_out_everywhere' : 'client.signed_out',
    });
  }
  await deleteAuthCookie(PLATFORM_COOKIE);
  await signOut({ redirectTo: portal.success ? `/p/${portal.data}` : '/' });
}

/** "Sign out": this browser's session ends (refused from now on, even if its cookie was copied); others go on. */
export async function clientSignOut(formData: FormData) {
  await signOutClient(formData, false);
}

/** "Sign out everywhere" (Security page): every session of this person ends, this one included. */
export async function clientSignOutEverywhere(portal: string) {
  const form = new FormData();
  form.set('portal', portal);
  await signOutClient(form, true);
}
