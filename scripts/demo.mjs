// npm run demo — the whole product on the embedded default, with demo data:
// migrate the SQLite file, seed it when empty (the seed keeps existing data),
// build, and serve on http://localhost:3000 (or PORT).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const port = process.env.PORT ?? '3000';
mkdirSync(path.join(root, 'data'), { recursive: true });

// A per-installation secret, kept beside the demo database.
const secretFile = path.join(root, 'data/.auth-secret');
if (!process.env.AUTH_SECRET && !existsSync(secretFile))
  writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });

const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORTICO_DEMO: process.env.PORTICO_DEMO ?? '1',
  DATABASE_URL: process.env.DATABASE_URL ?? 'file:./data/portico.db',
  AUTH_SECRET: process.env.AUTH_SECRET ?? readFileSync(secretFile, 'utf8').trim(),
  AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
};

function step(label, command, args) {
  console.log(`\n▸ ${label}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

const tsx = path.join(root, 'node_modules/.bin/tsx');
const next = path.join(root, 'node_modules/next/dist/bin/next');
step('Applying database migrations', tsx, ['scripts/db-migrate.ts']);
step('Loading demo data (kept if already there)', tsx, ['prisma/seed.ts']);
step('Building', process.execPath, [next, 'build']);
console.log(
  `\n▸ Portico is starting on ${env.AUTH_URL}  (Ctrl+C to stop)\n  Demo portals: ${env.AUTH_URL}/p/demo  ${env.AUTH_URL}/p/acme   Staff: ${env.AUTH_URL}/admin   Outbox: ${env.AUTH_URL}/dev/outbox\n`,
);
const server = spawn(process.execPath, ['scripts/server.mjs'], {
  cwd: root,
  env: { ...env, PORT: port },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
