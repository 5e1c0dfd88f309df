import 'server-only';
import { getFormatter } from 'next-intl/server';
import type { TPasskeyRow } from '@/lib/auth/passkeys/list-passkeys';
import type { TPasskeyItem } from './passkey-settings';

/** An identity's passkeys with their dates in the reader's words (locale and timezone of the request). */
export async function passkeyItems(rows: TPasskeyRow[]): Promise<TPasskeyItem[]> {
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    added: when(row.createdAt),
    lastUsed: row.lastUsedAt ? when(row.lastUsedAt) : null,
    backedUp: row.backedUp,
  }));
}
