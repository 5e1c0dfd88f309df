// Generates the PostgreSQL schema from the canonical SQLite schema, then the
// Prisma clients for both engines. Works offline: `prisma generate` does not
// run the schema engine, it only needs PRISMA_SCHEMA_ENGINE_BINARY to point at
// an existing file so that the CLI does not try to download one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const sqliteSchema = path.join(root, 'prisma/schema.prisma');
const pgSchema = path.join(root, 'prisma/postgres/schema.prisma');

export function postgresSchemaFrom(source) {
  return source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/generated/prisma"', 'output       = "../../lib/generated/prisma-postgres"')
    .replace(
      /^\/\/ Canonical schema[\s\S]*?\n\n/m,
      '// GENERATED from prisma/schema.prisma by scripts/db-generate.mjs: do not edit.\n\n',
    );
}

function main() {
  const source = readFileSync(sqliteSchema, 'utf8');
  mkdirSync(path.dirname(pgSchema), { recursive: true });
  const pg = postgresSchemaFrom(source);
  if (!existsSync(pgSchema) || readFileSync(pgSchema, 'utf8') !== pg) writeFileSync(pgSchema, pg);

  const require = createRequire(import.meta.url);
  let prismaCli;
  try {
    prismaCli = require.resolve('prisma/build/index.js');
  } catch {
    console.log('[db:generate] prisma CLI not installed (production install?): skipped');
    return;
  }
  const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
  // Offline: generate never runs the engine, it only checks that the path exists.
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
  for (const schema of [sqliteSchema, pgSchema]) {
    execFileSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  installSchemaEngineWasm(require);
  console.log('[db:generate] Prisma clients generated for SQLite and PostgreSQL');
}

// @prisma/internals loads the schema engine from its own build/ folder, which the
// package does not ship: copy the matching wasm from @prisma/schema-engine-wasm.
function installSchemaEngineWasm(require) {
  try {
    const internals = packageDir(require, '@prisma/internals');
    const wasm = path.join(packageDir(require, '@prisma/schema-engine-wasm/schema_engine_bg'), 'schema_engine_bg.wasm');
    mkdirSync(path.join(internals, 'build'), { recursive: true });
    copyFileSync(wasm, path.join(internals, 'build', 'schema_engine_bg.wasm'));
  } catch {
    // dev dependencies absent: migrations are then applied with the Prisma CLI
  }
}

function packageDir(require, specifier) {
  let dir = path.dirname(require.resolve(specifier));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
