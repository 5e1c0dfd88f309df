import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { checkIdentityPassword } from './identity-password';
import { ZStaffSignIn } from '../schemas';

/** The staff identity for these credentials, or null; throttled per account like clients. */
export async function verifyStaffPassword(input: unknown, now = new Date()) {
  const parsed = ZStaffSignIn.safeParse(input);
  const identity = parsed.success
    ? await db.identity.findFirst({
        where: { email: parsed.data.email, staff: { some: {} } },
        select: { id: true, name: true, email: true, passwordHash: true, lockedUntil: true, totpEnabledAt: true },
      })
    : null;
  const { result, failures } = await checkIdentityPassword(identity, parsed.success ? parsed.data.password : '', now);
  if (result !== 'ok' || !identity) {
    if (identity)
      await recordAuditEvent({
        actorType: 'staff',
        actorId: identity.id,
        action:
          result === 'locked' ? (failures ? 'staff.locked_out' : 'staff.sign_in_throttled') : 'staff.sign_in_failed',
        meta: failures ? { failures } : undefined,
      });
    return null;
  }
  await recordAuditEvent({ actorType: 'staff', actorId: identity.id, action: 'staff.password_verified' });
  return {
    identityId: identity.id,
    name: identity.name ?? identity.email ?? '',
    email: identity.email ?? '',
    totpEnabled: !!identity.totpEnabledAt,
  };
}
