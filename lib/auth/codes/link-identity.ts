import 'server-only';
import { db } from '@/lib/db';

type TCard = { id: string; businessId: string; identityId: string | null; firstName: string; lastName: string };

/**
 * The identity of a card, created on its first sign-in by a code: the person just
 * proved they hold the email or phone, so the card is linked to the identity that
 * has that verified address, or to a new one. Never over another link.
 */
export async function linkIdentity(card: TCard, proven: { kind: 'email' | 'phone'; value: string }, now: Date) {
  if (card.identityId) {
    await claimUnverified(card.identityId, now);
    const field = proven.kind === 'email' ? { emailVerifiedAt: now } : { phoneVerifiedAt: now };
    await db.identity.updateMany({ where: { id: card.identityId, [proven.kind]: proven.value }, data: field });
    return card.identityId;
  }
  const existing = await db.identity.findUnique({
    where: proven.kind === 'email' ? { email: proven.value } : { phone: proven.value },
    select: { id: true },
  });
  if (existing) await claimUnverified(existing.id, now);
  const identityId =
    existing?.id ??
    (
      await db.identity.create({
        data: {
          name: `${card.firstName} ${card.lastName}`.trim(),
          ...(proven.kind === 'email'
            ? { email: proven.value, emailVerifiedAt: now }
            : { phone: proven.value, phoneVerifiedAt: now }),
        },
        select: { id: true },
      })
    ).id;
  const linked = await db.client.updateMany({
    where: { id: card.id, businessId: card.businessId, identityId: null },
    data: { identityId },
  });
  if (linked.count !== 1) throw new Error('card already linked');
  return identityId;
}

/**
 * A login made at an online booking from what was typed may have been made by someone else
 * with this person's address: when the owner of the address proves it, the password the
 * booker was shown stops working and their sessions end.
 */
async function claimUnverified(identityId: string, now: Date) {
  await db.identity.updateMany({
    where: { id: identityId, passwordUnproven: true },
    data: { passwordHash: null, passwordUnproven: false, sessionsValidAfter: now },
  });
}
