// npm run db:migrate — applies pending migrations to DATABASE_URL (default: the
// embedded SQLite file), offline, through Prisma's WebAssembly schema engine.
// Where the native engine is available, `npx prisma migrate deploy` is equivalent.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { applyMigrations, isPostgresUrl, root } from './schema-engine';

export const DEFAULT_DATABASE_URL = 'file:./data/portico.db';

export async function migrate(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  if (!isPostgresUrl(url)) {
    const file = url.replace(/^file:/, '');
    mkdirSync(path.dirname(path.isAbsolute(file) ? file : path.join(root, file)), { recursive: true });
  }
  const applied = await applyMigrations(url);
  console.log(applied.length ? `[db:migrate] applied ${applied.join(', ')}` : '[db:migrate] database is up to date');
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  migrate().catch((error) => {
    console.error(`[db:migrate] failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
