// Issue 25 §6: every page validates with the Nu Html Checker (vnu-jar, run on Java). It checks
// the HTML the server sent for every page the browser tests opened (kept by fixtures.ts), and
// the main portal and admin pages, signed in, which this spec opens itself. Named to run last.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, VISITED_PAGES_DIR } from './fixtures';
import { clientSignIn, enableTestAuthenticator, staffSignIn } from './helpers';
import { workerDb } from './worker';

const VNU = path.join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const owner = { email: 'owner@demo.example.com', password: 'studio-demo-owner-2026' };
const client = { email: 'demo.client@example.com', password: 'portico-demo-client' };

type TVnuMessage = { type: string; url: string; message: string; extract?: string; lastLine?: number };

test('every page the browser tests open is valid HTML', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const db = workerDb();
  const demo = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  const card = await db.client.findFirstOrThrow({ where: { businessId: demo.id, email: client.email } });
  const invoice = await db.invoice.findFirstOrThrow({ where: { businessId: demo.id, clientId: card.id } });
  await db.$disconnect();

  for (const url of ['/', '/login', '/p/demo', '/p/demo/sign-in', '/p/demo/book', '/admin/sign-in'])
    expect((await page.goto(url))?.status(), url).toBeLessThan(400);

  await enableTestAuthenticator(owner.email);
  await staffSignIn(page, owner);
  for (const section of [
    'today',
    'clients',
    `clients/${card.id}`,
    'invoices',
    `invoices/${invoice.id}`,
    'schedule',
    'services',
    'products',
    'pages',
    'staff',
    'fields',
    'notifications',
    'messages',
    'orders',
    'portal',
    'settings',
    'audit',
  ])
    expect((await page.goto(`/admin/demo/${section}`))?.status(), section).toBe(200);

  const context = await browser.newContext();
  const portal = await context.newPage();
  await clientSignIn(portal, 'demo', client);
  const keep: Promise<unknown>[] = [];
  for (const section of [
    'dashboard',
    'schedule',
    'invoices',
    `invoices/${invoice.id}`,
    'payments',
    'documents',
    'profile',
    'contact',
  ])
    keep.push(
      portal.request.get(`/p/demo/${section}`).then((r) => r.text().then((html) => [section, r.status(), html])),
    );
  const portalPages = (await Promise.all(keep)) as [string, number, string][];
  await context.close();

  mkdirSync(VISITED_PAGES_DIR, { recursive: true });
  const files = readdirSync(VISITED_PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(VISITED_PAGES_DIR, f));
  for (const [section, status, html] of portalPages) {
    expect(status, section).toBe(200);
    const file = path.join(VISITED_PAGES_DIR, `portal-${section.replace(/\W/g, '-')}.html`);
    writeFileSync(file, html);
    files.push(file);
  }
  expect(files.length).toBeGreaterThan(20);
  // vnu writes its JSON report on standard error
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.status, run.stderr.slice(0, 500)).toBe(0);
  const messages = (JSON.parse(run.stderr) as { messages: TVnuMessage[] }).messages;
  const errors = messages
    .filter((m) => m.type === 'error')
    .map((m) => {
      const file = decodeURIComponent(new URL(m.url).pathname);
      const urlFile = file.replace(/\.html$/, '.url');
      const where = existsSync(urlFile) ? readFileSync(urlFile, 'utf8') : path.basename(file);
      return `${where}: ${m.message} ${m.extract ? `«${m.extract.trim().slice(0, 80)}»` : ''}`;
    });
  expect([...new Set(errors)]).toEqual([]);
});
