// Builds a Prisma client for a database URL: SQLite (embedded default) through
// better-sqlite3, PostgreSQL through pg. Not server-only so that scripts and tests
// can open a database of their choosing; app code imports `db` from lib/db.ts.
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/prisma/client';
import { PrismaClient as PostgresClient } from './generated/prisma-postgres/client';
import { serializedSqlite } from './sqlite-serialized-adapter';

/** One type for both engines (their generated types differ only in details such as isolation levels). */
export type Db = SqliteClient;

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

export function createDb(url: string, { logQueries = false } = {}): Db {
  const log = logQueries ? [{ emit: 'event' as const, level: 'query' as const }] : undefined;
  if (isPostgresUrl(url)) {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), log }) as unknown as Db;
  }
  const file = url.replace(/^file:/, '');
  const absolute = path.isAbsolute(file) ? file : path.join(/*turbopackIgnore: true*/ process.cwd(), file);
  return new SqliteClient({
    adapter: serializedSqlite(new PrismaBetterSqlite3({ url: absolute, timeout: 5000 })),
    log,
  });
}
