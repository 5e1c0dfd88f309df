import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';

type TCard = { id: string; businessId: string; firstName: string; lastName: string };
type TProven = { kind: 'email' | 'phone'; value: string };

const UNPROVEN = { email: null, phone: null } as const;

/**
 * The person just proved they hold this email or phone (a code or link sent there and returned)
 * at this card. The card goes to the identity that holds that contact, created when none does;
 * the identity gains that contact and nothing else (docs/SECURITY.md, "Identities"):
 * - every login made from someone else's typing on a card with this contact (a booking's shown
 *   password, a staff reset) stops working, and its cards are freed;
 * - a card held by an identity that proved the card's other contact moves to the prover (the
 *   business wrote both on one card; the last proof decides), unless the prover already has a
 *   card at this business: then null, and the caller answers as for a wrong code.
 */
export async function linkIdentity(card: TCard, proven: TProven, now: Date): Promise<string | null> {
  const where = proven.kind === 'email' ? { email: proven.value } : { phone: proven.value };
  await retireUnprovenLogins(proven, now);
  const identityId =
    (await db.identity.findUnique({ where, select: { id: true } }))?.id ??
    (await createProvenIdentity(card, proven, now));
  const current = await db.client.findFirst({
    where: { id: card.id, businessId: card.businessId },
    select: { identityId: true },
  });
  if (!current) return null;
  if (current.identityId === identityId) return identityId;
  const elsewhere = await db.client.count({
    where: { businessId: card.businessId, identityId, id: { not: card.id } },
  });
  if (elsewhere > 0) return null;
  const moved = await db.client.updateMany({
    where: { id: card.id, businessId: card.businessId, identityId: current.identityId },
    data: { identityId },
  });
  if (moved.count !== 1) return null;
  if (current.identityId)
    await recordAuditEvent({
      businessId: card.businessId,
      actorType: 'client',
      actorId: identityId,
      action: 'client.card_moved_to_prover',
      targetType: 'client',
      targetId: card.id,
      meta: { from: current.identityId, channel: proven.kind },
      createdAt: now,
    });
  return identityId;
}

/** A new identity holding exactly the proven contact (a concurrent proof may have made it). */
async function createProvenIdentity(card: TCard, proven: TProven, now: Date) {
  const contact =
    proven.kind === 'email'
      ? { email: proven.value, emailVerifiedAt: now }
      : { phone: proven.value, phoneVerifiedAt: now };
  try {
    const created = await db.identity.create({
      data: { name: `${card.firstName} ${card.lastName}`.trim(), ...contact },
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    if ((error as { code?: string }).code !== 'P2002') throw error;
    const where = proven.kind === 'email' ? { email: proven.value } : { phone: proven.value };
    return (await db.identity.findUniqueOrThrow({ where, select: { id: true } })).id;
  }
}

/**
 * Logins that proved nothing, on any business's card that names this contact: whoever typed the
 * address (a visitor at a booking, a business's staff) loses the password and every session, and
 * the card is free for its owner. The login itself is deleted once it opens no card.
 */
async function retireUnprovenLogins(proven: TProven, now: Date) {
  const cards = await db.client.findMany({
    where: { [proven.kind]: proven.value, identity: UNPROVEN },
    select: { id: true, businessId: true, identityId: true },
  });
  for (const card of cards) {
    const identityId = card.identityId!;
    await db.$transaction([
      db.client.updateMany({
        where: { id: card.id, businessId: card.businessId, identityId },
        data: { identityId: null },
      }),
      db.identity.updateMany({
        where: { id: identityId, ...UNPROVEN },
        data: { passwordHash: null, sessionsValidAfter: now },
      }),
      db.identity.deleteMany({ where: { id: identityId, ...UNPROVEN, clients: { none: {} }, staff: { none: {} } } }),
    ]);
    await recordAuditEvent({
      businessId: card.businessId,
      actorType: 'system',
      action: 'client.unproven_login_retired',
      targetType: 'client',
      targetId: card.id,
      meta: { channel: proven.kind },
      createdAt: now,
    });
  }
}
