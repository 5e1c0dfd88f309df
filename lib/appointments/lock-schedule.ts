import 'server-only';
import { isPostgres, type Db } from '@/lib/db';

type TTx = Pick<Db, '$queryRaw'>;

/**
 * Inside a transaction that checks a business's free time and then books it: waits for
 * every other such transaction of the business to end, so the check sees their bookings.
 * PostgreSQL: a transaction advisory lock, held across app instances until commit;
 * SQLite: nothing to do, its one writer already runs transactions one after another.
 */
export async function lockSchedule(tx: TTx, businessId: string) {
  if (isPostgres()) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`schedule:${businessId}`}))::text`;
}
