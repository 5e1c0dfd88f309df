// Once per integration run: migrate a template database that each test file clones.
import { mkdirSync, rmSync } from 'node:fs';
import { applyMigrations } from '../../scripts/schema-engine';
import { PG_TEMPLATE, SQLITE_TEMPLATE, TMP, pgAdmin, postgresUrl } from './databases';

export default async function setup(project: { name: string }) {
  const engine = project.name.endsWith('postgres') ? 'postgres' : 'sqlite';
  mkdirSync(TMP, { recursive: true });
  if (engine === 'postgres') {
    await pgAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${PG_TEMPLATE}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${PG_TEMPLATE}"`);
    });
    await applyMigrations(postgresUrl(PG_TEMPLATE));
  } else {
    rmSync(SQLITE_TEMPLATE, { force: true });
    await applyMigrations(`file:${SQLITE_TEMPLATE}`);
  }
}
