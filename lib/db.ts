import 'server-only';
import { createDb, isPostgresUrl, type Db } from './db-client';
import { env } from './env';

export type { Db };

/** Whether the app runs on PostgreSQL (some filters differ: SQLite's LIKE ignores ASCII case by itself). */
export const isPostgres = () => isPostgresUrl(env().DATABASE_URL);

const globalForDb = globalThis as unknown as { porticoDb?: Db };

function client(): Db {
  if (!globalForDb.porticoDb) {
    // PORTICO_QUERY_LOG=1 prints one line per SQL query (development, and the portal benchmark's query counts)
    const logQueries = process.env.PORTICO_QUERY_LOG === '1';
    const created = createDb(env().DATABASE_URL, { logQueries });
    if (logQueries)
      (created as unknown as { $on(e: 'query', cb: (e: { duration: number; query: string }) => void): void }).$on(
        'query',
        (e) => console.log(`[query] ${e.duration}ms ${e.query.slice(0, 200)}`),
      );
    globalForDb.porticoDb = created;
  }
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
