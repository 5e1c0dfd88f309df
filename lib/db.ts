import 'server-only';
import { createDb, type Db } from './db-client';
import { env } from './env';

export type { Db };

const globalForDb = globalThis as unknown as { porticoDb?: Db };

/** The one Prisma client of the app, cached across hot reloads. */
export const db: Db = globalForDb.porticoDb ?? createDb(env().DATABASE_URL);
if (process.env.NODE_ENV !== 'production') globalForDb.porticoDb = db;
