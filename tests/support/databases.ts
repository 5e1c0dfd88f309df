// Real databases for integration tests: a fresh SQLite file, or a fresh PostgreSQL
// database cloned from a migrated template. Never a mock.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

// one template per checkout: two clones testing at once on one machine never share one
const CHECKOUT = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12);
export const TMP = path.join(tmpdir(), `portico-tests-${CHECKOUT}`);
export const SQLITE_TEMPLATE = path.join(TMP, 'template.db');
export const PG_TEMPLATE = `portico_test_template_${CHECKOUT}`;

export function postgresUrl(database: string) {
  const url = new URL(process.env.DATABASE_URL_POSTGRES!);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function pgAdmin<T>(fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: postgresUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const uniqueName = (prefix: string) =>
  `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;

/** A new, migrated, empty database of the engine under test; returns its URL. */
export async function freshDatabase(engine = process.env.PORTICO_TEST_ENGINE ?? 'sqlite') {
  if (engine === 'postgres') {
    const name = uniqueName('portico_t');
    await pgAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${PG_TEMPLATE}"`));
    return postgresUrl(name);
  }
  mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `${uniqueName('db')}.db`);
  copyFileSync(SQLITE_TEMPLATE, file);
  return `file:${file}`;
}

export async function dropDatabase(url: string) {
  if (url.startsWith('file:')) return rmSync(url.slice(5), { force: true });
  const name = new URL(url).pathname.slice(1);
  await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
