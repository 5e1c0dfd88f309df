import 'server-only';
import { db } from '@/lib/db';
import { parseIdentifier, type TIdentifier } from '../../format/identifiers';
import { CLIENT_CONTACT_SELECT } from '@/lib/business/client-scope';

/** What sign-in needs of a card (the Prisma select). */
export const cardSelect = {
  ...CLIENT_CONTACT_SELECT,
  locale: true,
  identityId: true,
} as const;

/** The active card of this business with this normalized email or phone, or null. */
export function findCardByValue(businessId: string, identifier: TIdentifier) {
  return db.client.findFirst({
    where: { businessId, status: 'active', [identifier.kind]: identifier.value },
    select: cardSelect,
  });
}

/** The active card of this business that the typed identifier names, or null. */
export async function findCardByIdentifier(business: { id: string; country: string }, input: string) {
  const identifier = parseIdentifier(input, business.country);
  if (!identifier) return { identifier: null, card: null };
  return { identifier, card: await findCardByValue(business.id, identifier) };
}
