/**
 * The identity rule (docs/SECURITY.md, "Identities"), as one pure function shared by every place
 * that lets an identity into a card: the portal's session check, the /login chooser, "Switch
 * account" and the portal's password sign-in.
 *
 * An identity holds only contact points its owner proved, so a card is reachable from it when the
 * card carries one of them. An identity that proved nothing (a password shown at a booking or sent
 * by staff) reaches the one card it was made for, and nothing else.
 */
export type TIdentityContacts = { id: string; email: string | null; phone: string | null };
export type TCardContacts = { identityId: string | null; email: string | null; phone: string | null };

/** Whether this identity proved no contact point: a login made from someone else's typing. */
export const isUnprovenLogin = (identity: Pick<TIdentityContacts, 'email' | 'phone'>) =>
  !identity.email && !identity.phone;

export function cardReachable(identity: TIdentityContacts, card: TCardContacts) {
  if (card.identityId !== identity.id) return false;
  if (isUnprovenLogin(identity)) return true;
  return (!!identity.email && identity.email === card.email) || (!!identity.phone && identity.phone === card.phone);
}

/** What `reachingIdentity` reads of a card (a Prisma select). */
export const REACHABILITY_SELECT = {
  email: true,
  phone: true,
  identity: { select: { id: true, email: true, phone: true } },
} as const;

/** The card's identity when it may enter the card, else null. */
export function reachingIdentity<T extends TIdentityContacts>(card: {
  email: string | null;
  phone: string | null;
  identity: T | null;
}): T | null {
  const { identity } = card;
  return identity && cardReachable(identity, { identityId: identity.id, email: card.email, phone: card.phone })
    ? identity
    : null;
}
