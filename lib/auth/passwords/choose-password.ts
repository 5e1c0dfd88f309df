import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { hashPassword } from '../../crypto/password-hash';
import { passwordProblem } from './reset-password';
import { fail } from '@/lib/result';

/** The client replaces a password made by staff with their own; the flag that asked for it clears. */
export async function chooseOwnPassword({
  identityId,
  businessId,
  password,
}: {
  identityId: string;
  businessId: string;
  password: unknown;
}) {
  const problem = passwordProblem(password);
  if (problem) return fail(problem);
  const updated = await db.identity.updateMany({
    where: { id: identityId, mustChangePassword: true },
    data: {
      passwordHash: await hashPassword(password as string),
      passwordChangedAt: new Date(),
      mustChangePassword: false,
    },
  });
  if (updated.count !== 1) return fail('invalid' as const);
  await recordAuditEvent({ businessId, actorType: 'client', actorId: identityId, action: 'client.password_chosen' });
  return { ok: true as const };
}
