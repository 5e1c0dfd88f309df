import 'server-only';
import type { Db } from '@/lib/db';

type TTx = Pick<Db, 'client'>;

export type TCardDetails = { firstName: string; lastName: string; email: string | null; phone: string | null };

/**
 * The business's card for a person who filled in a public form (booking, contact,
 * payment; seed 001): the card with that email, else with that phone, else a new one
 * with the form's source. Never a duplicate, and an existing card is never changed by
 * what an anonymous visitor typed (an archived one comes back to the active list).
 */
export async function matchOrCreateCard(
  tx: TTx,
  {
    businessId,
    details,
    source,
    locale,
  }: { businessId: string; details: TCardDetails; source: 'booking' | 'contact_form' | 'payment'; locale: string },
) {
  const select = {
    id: true,
    identityId: true,
    firstName: true,
    lastName: true,
    email: true,
    phone: true,
    status: true,
  };
  const match =
    (details.email &&
      (await tx.client.findFirst({ where: { businessId, email: details.email, isDemo: false }, select }))) ||
    (details.phone &&
      (await tx.client.findFirst({ where: { businessId, phone: details.phone, isDemo: false }, select })));
  if (match) {
    if (match.status === 'archived')
      await tx.client.update({ where: { id: match.id, businessId }, data: { status: 'active' }, select: { id: true } });
    return { card: match, created: false };
  }
  const card = await tx.client.create({
    data: { businessId, ...details, source, locale },
    select,
  });
  return { card, created: true };
}
