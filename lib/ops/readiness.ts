import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { db, isPostgres } from '@/lib/db';

export type TReadiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: 'shutting_down' | 'database_unreachable' | 'migrations_pending'; pending?: string[] };

let expected: string[] | null = null;

/** The migrations this build ships (prisma/migrations, or prisma/postgres/migrations). */
function shippedMigrations() {
  expected ??= readdirSync(
    path.join(
      /* turbopackIgnore: true */ process.cwd(),
      isPostgres() ? 'prisma/postgres/migrations' : 'prisma/migrations',
    ),
    { withFileTypes: true },
  )
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return expected;
}

/** Set by the production server (scripts/server.mjs) from its first shutdown signal. */
const shuttingDown = () =>
  (globalThis as { [key: symbol]: (() => boolean) | undefined })[Symbol.for('portico.shuttingDown')]?.() ?? false;

/**
 * Whether this instance should receive traffic: not shutting down, the database
 * answers, and every migration this build ships has been applied to it.
 */
export async function checkReadiness(): Promise<TReadiness> {
  if (shuttingDown()) return { ready: false, reason: 'shutting_down' };
  let applied: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    return { ready: false, reason: 'database_unreachable' };
  }
  const pending = shippedMigrations().filter((name) => !applied.has(name));
  if (pending.length) return { ready: false, reason: 'migrations_pending', pending };
  return { ready: true, migrations: applied.size };
}
