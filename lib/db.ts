import 'server-only';
import { createDb, type Db } from './db-client';
import { env } from './env';

export type { Db };

const globalForDb = globalThis as unknown as { porticoDb?: Db };

function client(): Db {
  globalForDb.porticoDb ??= createDb(env().DATABASE_URL);
  return globalForDb.porticoDb;
}

/**
 * The one Prisma client of the app, created on first use (not at import, so that
 * `next build` needs no database and start-up validates the environment first).
 */
export const db: Db = new Proxy({} as Db, {
  get(_, property) {
    const target = client();
    const value = Reflect.get(target, property);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});
