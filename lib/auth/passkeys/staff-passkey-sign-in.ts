import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { passkeyAudit } from './passkey-audit';
import { db } from '@/lib/db';
import { verifyPasskeyAssertion } from './verify-passkey-assertion';

/** The admin's passkey sign-in: the staff identity and the passkey used, or null (the same for every refusal). */
export async function staffPasskeySignIn(
  response: unknown,
  { ip, now = new Date() }: { ip: string | null; now?: Date },
) {
  const passkey = await verifyPasskeyAssertion(response, now);
  const identity = passkey
    ? await db.identity.findUnique({
        where: { id: passkey.identityId },
        select: {
          id: true,
          name: true,
          email: true,
          staff: {
            select: { business: { select: { id: true, name: true, accentColor: true, defaultLocale: true } } },
            orderBy: { createdAt: 'asc' },
            take: 1,
          },
        },
      })
    : null;
  if (!passkey || !identity?.email || identity.staff.length === 0) {
    await recordAuditEvent({
      actorType: 'anonymous',
      action: 'staff.sign_in_failed',
      meta: { method: 'passkey' },
      ip,
      createdAt: now,
    });
    return null;
  }
  await recordAuditEvent(passkeyAudit('used', passkey, { ip, now }));
  return { identity: { ...identity, email: identity.email }, business: identity.staff[0].business, passkey };
}
