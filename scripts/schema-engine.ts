// Prisma's own schema engine, run as WebAssembly through a driver adapter, so
// that migrations apply and are authored offline (no engine binary download).
// The migration folders are the standard Prisma ones: `prisma migrate deploy`
// applies them too wherever the native engine is available.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import prismaMigrate from '@prisma/migrate';
import type * as TPrismaMigrate from '@prisma/migrate';
const { SchemaEngineWasm } = prismaMigrate as unknown as typeof TPrismaMigrate;
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

export const root = path.resolve(import.meta.dirname, '..');
const filters = { externalTables: [], externalEnums: [] };

export function isPostgresUrl(url: string) {
  return /^postgres(ql)?:\/\//.test(url);
}

export function enginePaths(url: string) {
  return isPostgresUrl(url)
    ? {
        schema: path.join(root, 'prisma/postgres/schema.prisma'),
        migrations: path.join(root, 'prisma/postgres/migrations'),
      }
    : { schema: path.join(root, 'prisma/schema.prisma'), migrations: path.join(root, 'prisma/migrations') };
}

/** Same shape as @prisma/migrate's internal listMigrations. */
export async function listMigrations(dir: string) {
  const lockContent = await readFile(path.join(dir, 'migration_lock.toml'), 'utf8').catch(() => null);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const content = await readFile(path.join(dir, entry.name, 'migration.sql'), 'utf8')
      .then((value) => ({ tag: 'ok' as const, value }))
      .catch((error: Error) => ({ tag: 'error' as const, value: error.message }));
    migrationDirectories.push({ path: entry.name, migrationFile: { path: 'migration.sql', content } });
  }
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    migrationDirectories,
    shadowDbInitScript: '',
  };
}

function sqliteFile(url: string) {
  const file = url.replace(/^file:/, '');
  return path.isAbsolute(file) ? file : path.join(root, file);
}

export async function openEngine(url: string) {
  const factory = isPostgresUrl(url)
    ? new PrismaPg({ connectionString: url })
    : new PrismaBetterSqlite3({ url: sqliteFile(url) });
  // Keep the connections the engine opens: stopping the engine does not close
  // them, and an open SQLite handle keeps its lock for the next client.
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked = new Proxy(factory, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'connect' && property !== 'connectToShadowDb')
        return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        const connection = await value.apply(target, args);
        opened.push(connection);
        return connection;
      };
    },
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const engine = await SchemaEngineWasm.setup({ adapter: bindMigrationAwareSqlAdapterFactory(tracked as any) });
  return {
    engine,
    async close() {
      await engine.stop?.();
      await Promise.all(opened.map((c) => c.dispose()));
    },
  };
}

/**
 * Applies every pending migration of the engine that `url` selects; with `before`, only those
 * whose folder name sorts before it (a test of one migration's data changes starts there).
 */
export async function applyMigrations(url: string, { before }: { before?: string } = {}) {
  const { engine, close } = await openEngine(url);
  try {
    const migrationsList = await listMigrations(enginePaths(url).migrations);
    if (before)
      migrationsList.migrationDirectories = migrationsList.migrationDirectories.filter((d) => d.path < before);
    const result = await engine.applyMigrations({ migrationsList, filters } as never);
    return (result as { appliedMigrationNames: string[] }).appliedMigrationNames;
  } finally {
    await close();
  }
}

/** SQL that takes `from` (empty, or the datamodel in fromSchemaPath) to the schema file's datamodel. */
export async function diffToSchema(url: string, from: 'empty', schemaPath: string, fromSchemaPath?: string) {
  const { engine, close } = await openEngine(url);
  const datamodel = async (file: string) => ({
    tag: 'schemaDatamodel',
    files: [{ path: file, content: await readFile(file, 'utf8') }],
  });
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  // migrateDiff prints the script to stdout: capture it.
  process.stdout.write = ((chunk: string | Uint8Array) => (
    chunks.push(String(chunk)),
    true
  )) as typeof process.stdout.write;
  try {
    await engine.migrateDiff({
      from: fromSchemaPath ? await datamodel(fromSchemaPath) : { tag: from },
      to: await datamodel(schemaPath),
      script: true,
      exitCode: null,
      filters,
    } as never);
  } finally {
    process.stdout.write = write;
    await close();
  }
  return chunks.join('');
}
