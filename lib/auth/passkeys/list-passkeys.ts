import 'server-only';
import { db } from '@/lib/db';

/** An identity's passkeys for its Security page, the newest first. */
export function listPasskeys(identityId: string) {
  return db.passkey.findMany({
    where: { identityId },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, backedUp: true },
    orderBy: { createdAt: 'desc' },
  });
}

export type TPasskeyRow = Awaited<ReturnType<typeof listPasskeys>>[number];
