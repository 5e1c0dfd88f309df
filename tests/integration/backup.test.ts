import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db-client';
import { db } from '@/lib/db';
import { backup } from '@/scripts/backup';
import { seedDemo } from '../support/demo';
import { dropDatabase, pgAdmin, postgresUrl, uniqueName } from '../support/databases';

const directory = mkdtempSync(path.join(tmpdir(), 'portico-backup-'));
const isPostgres = () => process.env.DATABASE_URL!.startsWith('postgres');
let restoredUrl: string | null = null;

beforeAll(async () => {
  await seedDemo();
}, 60_000);

afterAll(async () => {
  rmSync(directory, { recursive: true, force: true });
  if (restoredUrl) await dropDatabase(restoredUrl);
});

/** Writes rows through the app while the backup runs: the copy must be taken online. */
function keepWriting() {
  let stop = false;
  let written = 0;
  const done = (async () => {
    const business = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
    while (!stop) {
      await db.client.create({
        data: { businessId: business.id, firstName: 'During', lastName: `Backup ${written}`, status: 'active' },
      });
      written += 1;
      await new Promise((resolve) => setTimeout(resolve, 5)); // steady traffic, not a busy loop
    }
  })();
  return {
    async finish() {
      stop = true;
      await done;
      return written;
    },
  };
}

describe('npm run backup, then a restore', () => {
  it('copies the live database while it is written to, and the copy restores to a working database', async () => {
    const before = await db.client.count();
    const writer = keepWriting();
    // the command itself, in its own process, while this one keeps writing through the app
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('node_modules/.bin/tsx', ['scripts/backup.ts'], {
        env: { ...process.env, BACKUP_DIR: directory, STORAGE_DIR: path.join(directory, 'no-files') },
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk));
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(text))));
    });
    const during = await writer.finish();
    expect(during).toBeGreaterThan(0); // the app kept writing while the copy was made
    const written = [/\[backup\] wrote (\S+)/.exec(output)![1]];

    // restore: SQLite — the file is the database; PostgreSQL — pg_restore into a new one
    let url: string;
    if (isPostgres()) {
      const name = uniqueName('portico_restore');
      await pgAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
      url = restoredUrl = postgresUrl(name);
      const restore = spawnSync('pg_restore', ['--no-owner', '--exit-on-error', '-d', url, written[0]], {
        encoding: 'utf8',
      });
      expect(restore.status, restore.stderr).toBe(0);
    } else {
      url = `file:${written[0]}`;
    }
    const restored = createDb(url);
    try {
      const clients = await restored.client.count();
      // one consistent moment: every client from before, and some prefix of those written during
      expect(clients).toBeGreaterThanOrEqual(before);
      expect(clients).toBeLessThanOrEqual(before + during);
      const business = await restored.business.findUniqueOrThrow({ where: { slug: 'demo' } });
      expect(business.name).toBe('Studio Demo');
      // a working database: it takes writes
      await restored.client.create({
        data: { businessId: business.id, firstName: 'After', lastName: 'Restore', status: 'active' },
      });
    } finally {
      await restored.$disconnect();
    }
  }, 60_000);

  it('copies the local file store beside the database', async () => {
    const store = mkdtempSync(path.join(tmpdir(), 'portico-store-'));
    spawnSync('sh', ['-c', `mkdir -p "${store}/demo" && echo hello > "${store}/demo/file.txt"`]);
    const written = await backup({
      url: process.env.DATABASE_URL!,
      directory,
      storageDir: store,
      now: new Date('2026-11-24T06:00:00Z'),
    });
    expect(written[1]).toMatch(/portico-20261124T060000Z-files$/);
    expect(readdirSync(path.join(written[1], 'demo'))).toEqual(['file.txt']);
    rmSync(store, { recursive: true, force: true });
  }, 60_000);
});
