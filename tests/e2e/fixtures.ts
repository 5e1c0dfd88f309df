import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, type Response } from '@playwright/test';
import { answering, startServer, until } from '../support/start-server';
import { worker } from './worker';

/** The shared stand-in for Google (playwright.config.ts): its pages are not Portico's. */
const OIDC_PORT = String(Number(process.env.E2E_OIDC_PORT ?? 4011));

/** Where every HTML page the browser tests open is kept for the HTML checker (html-validity.spec.ts). */
export const VISITED_PAGES_DIR = path.join('test-results', 'visited-pages');

/** Keeps a document's HTML as the server sent it (before any script ran), once per distinct page. */
async function keep(response: Response) {
  if (response.request().resourceType() !== 'document') return;
  // Portico's own servers only (not the stand-in Google's sign-in pages)
  if (new URL(response.url()).port === OIDC_PORT) return;
  const type = response.headers()['content-type'] ?? '';
  if (!type.startsWith('text/html') || (response.status() >= 300 && response.status() < 400)) return;
  let html: string;
  try {
    html = await response.text();
  } catch {
    return; // the page was gone before its body could be read
  }
  const url = new URL(response.url());
  if (url.pathname.startsWith('/dev/')) return; // demo tooling, not a product page
  const name = createHash('sha1').update(html).digest('hex').slice(0, 16);
  mkdirSync(VISITED_PAGES_DIR, { recursive: true });
  writeFileSync(path.join(VISITED_PAGES_DIR, `${name}.html`), html);
  writeFileSync(path.join(VISITED_PAGES_DIR, `${name}.url`), url.pathname + url.search);
}

/** The production server's environment in the browser tests (the SMTP server and database are the worker's). */
export const serverEnv = (origin: string) => ({
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
  AUTH_URL: origin,
  // scheduled reminders would add mails the tests do not expect (lib/jobs is tested on its own)
  PORTICO_JOBS: 'off',
  SMTP_URL: `smtp://127.0.0.1:${worker.smtpPort}?ignoreTLS=true`,
});

/** Starts this worker's SMTP server and Portico on a fresh copy of the seeded demo database. */
async function startWorkerPortico() {
  for (const suffix of ['', '-journal', '-wal', '-shm'])
    rmSync(`data/e2e-${worker.index}.db${suffix}`, { force: true });
  rmSync(worker.storageDir, { recursive: true, force: true });
  copyFileSync('data/e2e.db', `data/e2e-${worker.index}.db`);
  cpSync('data/e2e-storage', worker.storageDir, { recursive: true });
  const sink = spawn(process.execPath, ['tests/support/smtp-sink.mjs'], {
    env: {
      ...process.env,
      SMTP_SINK_PORT: String(worker.smtpPort),
      SMTP_SINK_HTTP_PORT: new URL(worker.mailboxOrigin).port,
    },
    stdio: 'inherit',
  });
  const oidc = `http://localhost:${OIDC_PORT}`;
  const app = startServer({
    port: worker.port,
    keepLines: false,
    onLine: (line) => console.log(`[portico ${worker.index}] ${line}`),
    env: {
      ...serverEnv(worker.origin),
      // the tests stand where a proxy would: a spec may name its client's address in X-Forwarded-For
      TRUSTED_PROXY_HOPS: '1',
      DATABASE_URL: worker.databaseUrl,
      STORAGE_DIR: worker.storageDir,
      PORTICO_DEMO: '1',
      AUTH_GOOGLE_ID: 'portico-e2e',
      AUTH_GOOGLE_SECRET: 'portico-e2e-secret',
      AUTH_GOOGLE_ISSUER: oidc,
      // real transports to local stand-ins: every message still lands in the outbox log
      TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 'e2e-token',
      TWILIO_FROM: '+15005550006',
      TWILIO_API_BASE: `http://127.0.0.1:${process.env.E2E_PRISM_PORT ?? 4010}`,
    },
  });
  await Promise.all([
    answering(`http://127.0.0.1:${worker.port}`, '/', 60_000),
    until(async () => (await fetch(`${worker.mailboxOrigin}/messages`)).ok, 30_000),
  ]);
  const sinkExited = new Promise((resolve) => sink.on('exit', resolve));
  // a worker started after a failure takes the same ports: they are free once these have exited
  return async () => {
    sink.kill();
    app.child.kill();
    await Promise.all([app.exited, sinkExited]);
  };
}

/**
 * Playwright's `test` with this worker's own Portico (server, database, files, mailbox) as
 * its base URL, and every page a test's browser context opens kept for the HTML checker, so
 * the pages checked are the pages the browser tests visit.
 */
export const test = base.extend<{ keepVisitedPages: void }, { workerPortico: string }>({
  workerPortico: [
    async ({}, use) => {
      const stop = await startWorkerPortico();
      await use(worker.origin);
      await stop();
    },
    { scope: 'worker', auto: true, timeout: 90_000 },
  ],
  baseURL: async ({ workerPortico }, provide) => provide(workerPortico),
  keepVisitedPages: [
    async ({ context }, use) => {
      const pending: Promise<void>[] = [];
      const listener = (response: Response) => void pending.push(keep(response));
      context.on('response', listener);
      await use();
      context.off('response', listener);
      await Promise.all(pending);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
