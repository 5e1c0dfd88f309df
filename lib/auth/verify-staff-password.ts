import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { hashPassword, verifyPassword } from './password-hash';
import { ZStaffSignIn } from './schemas';

// A hash to compare against when there is no account, so that an unknown email
// costs the same time as a wrong password (no account enumeration by timing).
let dummyHash: Promise<string> | undefined;

/** The staff identity for these credentials, or null. */
export async function verifyStaffPassword(input: unknown) {
  const parsed = ZStaffSignIn.safeParse(input);
  if (!parsed.success) return null;
  const identity = await db.identity.findFirst({
    where: { email: parsed.data.email, staff: { some: {} } },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  dummyHash ??= hashPassword('portico-timing-equalizer');
  const ok = await verifyPassword(parsed.data.password, identity?.passwordHash ?? (await dummyHash));
  if (!identity?.passwordHash || !ok) return null;
  await recordAuditEvent({ actorType: 'staff', actorId: identity.id, action: 'staff.signed_in' });
  return { id: identity.id, name: identity.name, email: identity.email, kind: 'staff' as const };
}
