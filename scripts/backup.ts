// npm run backup — a consistent copy of the database (and the local file store),
// taken while Portico keeps running:
//  • SQLite: VACUUM INTO, one read transaction that writes a compact copy of the
//    database as of one moment while the app keeps running (its writes wait for the
//    copy's few milliseconds per MB, within their 5 s busy timeout; the stepwise
//    backup API instead restarts whenever the app writes, so under steady traffic it
//    may never finish). The copy is checked with PRAGMA integrity_check.
//  • PostgreSQL: pg_dump in its custom format (a consistent snapshot by itself);
//    restore with `pg_restore --clean --if-exists -d <url> <file>` (docs/deployment.md).
// Files uploaded to STORAGE_DIR are copied beside it (object storage has its own
// versioning and is not copied). Writes to BACKUP_DIR (default ./backups).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULT_DATABASE_URL } from './db-migrate';
import { isPostgresUrl, root } from './schema-engine';

const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace(/\..+/, 'Z');

/** Copies a live SQLite file to `target` (a consistent snapshot) and checks the copy. */
export async function backupSqlite(source: string, target: string) {
  const live = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    live.prepare('VACUUM INTO ?').run(target);
  } finally {
    live.close();
  }
  const copy = new Database(target, { readonly: true });
  try {
    const [check] = copy.pragma('integrity_check') as { integrity_check: string }[];
    if (check?.integrity_check !== 'ok')
      throw new Error(`the copy failed its integrity check: ${check?.integrity_check}`);
  } finally {
    copy.close();
  }
  return target;
}

/** pg_dump's custom format, restorable with pg_restore. */
export function backupPostgres(url: string, target: string) {
  const result = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--file', target, url], { stdio: 'inherit' });
  if (result.error)
    throw new Error(`pg_dump could not run (${result.error.message}); install PostgreSQL's client tools`);
  if (result.status !== 0) throw new Error(`pg_dump exited with ${result.status}`);
  return target;
}

export async function backup({
  url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
  directory = process.env.BACKUP_DIR ?? path.join(root, 'backups'),
  storageDir = process.env.S3_BUCKET ? null : (process.env.STORAGE_DIR ?? './data/storage'),
  now = new Date(),
} = {}) {
  mkdirSync(directory, { recursive: true });
  const name = `portico-${stamp(now)}`;
  const written: string[] = [];
  if (isPostgresUrl(url)) written.push(backupPostgres(url, path.join(directory, `${name}.dump`)));
  else {
    const file = url.replace(/^file:/, '');
    written.push(
      await backupSqlite(path.isAbsolute(file) ? file : path.join(root, file), path.join(directory, `${name}.db`)),
    );
  }
  const files = storageDir && (path.isAbsolute(storageDir) ? storageDir : path.join(root, storageDir));
  if (files && existsSync(files)) {
    const target = path.join(directory, `${name}-files`);
    cpSync(files, target, { recursive: true });
    written.push(target);
  }
  return written;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  backup().then(
    (written) => console.log(`[backup] wrote ${written.join(', ')}`),
    (error) => {
      console.error(`[backup] failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
