import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { clientSessionUser } from './sessions/client-session-user';
import { checkCode } from './codes/check-code';
import { cardSelect } from './codes/find-card-by-identifier';
import { linkIdentity } from './codes/link-identity';
import { hashPassword } from '../crypto/password-hash';
import { passwordProblem, type TResetError } from './passwords/reset-password';
import { fail } from '@/lib/result';

export type TSignUpError = TResetError | 'already_registered';

/**
 * "Create an account" (seed 002): the person proved the email or phone with a code.
 * When the business already has a card with it, the login is attached to that card
 * (the merge) instead of making a duplicate; otherwise a new card is created
 * (source self_signup). A person whose proven contact already has a password signs in instead.
 */
export async function completeSignUp(input: {
  portal: unknown;
  identifier: string;
  code: string;
  firstName: string;
  lastName: string;
  password: string;
  now?: Date;
}) {
  const now = input.now ?? new Date();
  const problem = passwordProblem(input.password);
  if (problem) return fail(problem as TSignUpError);
  const checked = await checkCode({
    purpose: 'sign_up',
    portal: input.portal,
    identifier: input.identifier,
    code: input.code,
    now,
  });
  if (!checked.ok) return fail(checked.error as TSignUpError);
  const { business, proven } = checked;

  let card = checked.card;
  // the person who holds this contact already has a password (a login made from someone else's
  // typing is not theirs: proving the contact retires it)
  const holder = await db.identity.findUnique({
    where: proven.kind === 'email' ? { email: proven.value } : { phone: proven.value },
    select: { passwordHash: true },
  });
  if (holder?.passwordHash) return fail('already_registered' as const);
  const merged = !!card;
  if (!card) {
    card = await db.client.create({
      data: {
        businessId: business.id,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        [proven.kind]: proven.value,
        source: 'self_signup',
      },
      select: cardSelect,
    });
  }
  const identityId = await linkIdentity({ ...card, businessId: business.id }, proven, now);
  if (!identityId) return fail('invalid' as TSignUpError);
  await db.identity.update({
    where: { id: identityId },
    data: { passwordHash: await hashPassword(input.password), passwordChangedAt: now },
  });
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'client',
    actorId: identityId,
    action: merged ? 'client.signed_up_merged' : 'client.signed_up',
    targetType: 'client',
    targetId: card.id,
  });
  return {
    ok: true as const,
    merged,
    user: await clientSessionUser(business, card, identityId, { method: 'sign_up', now }),
  };
}
