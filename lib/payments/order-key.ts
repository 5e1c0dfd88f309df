import 'server-only';
import { seal, unseal } from '@/lib/crypto/sealed';

// The link to an order's page (its status, bank-transfer instructions) carries a sealed key,
// so an order id alone opens nothing.
const SALT = 'portico.order';

export const orderKey = (orderId: string) => seal({ o: orderId }, SALT, 90 * 24 * 3600);

export async function orderOfKey(key: unknown, orderId: string) {
  const opened = await unseal<{ o: string }>(key, SALT);
  return opened?.o === orderId;
}
