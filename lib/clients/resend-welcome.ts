import 'server-only';
import { sendWelcome } from '@/lib/auth/welcome';
import { db } from '@/lib/db';
import { fail } from '@/lib/result';

/**
 * "Resend welcome email" (seed 002): only for a card of this business whose client has
 * never signed in; the new link revokes the earlier one (sendWelcome), audited with the staff id.
 */
export async function resendWelcome({
  businessId,
  clientId,
  staffIdentityId,
}: {
  businessId: string;
  clientId: string;
  staffIdentityId: string;
}) {
  const card = await db.client.findFirst({
    where: { id: clientId, businessId, isDemo: false, status: 'active', lastSignInAt: null, email: { not: null } },
    select: { id: true },
  });
  if (!card) return fail('not_available' as const);
  return sendWelcome({ businessId, clientId, staffIdentityId });
}
