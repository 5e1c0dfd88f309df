import 'server-only';
import { db } from '@/lib/db';
import type { TLocale } from '@/lib/i18n/locales';

/** The language a client chose in this portal, kept on this business's card only. */
export async function saveCardLocale({
  businessId,
  clientId,
  locale,
}: {
  businessId: string;
  clientId: string;
  locale: TLocale;
}) {
  await db.client.updateMany({ where: { id: clientId, businessId }, data: { locale } });
}
