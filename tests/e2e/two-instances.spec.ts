import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import pg from 'pg';
import { createDb } from '@/lib/db-client';
import { DEMO_CREDENTIALS } from '../../prisma/seed';
import { serverActionId } from './helpers';
import { startServer, until, type TServer } from '../support/start-server';

// Issue 13 §3: two instances of this build on one PostgreSQL, behind Debian's nginx
// configured from the reference file (docs/deploy/nginx-portico.conf), then 60 s of
// mixed traffic while PostgreSQL restarts.
const ADMIN_URL = process.env.DATABASE_URL_POSTGRES;
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
const PG_CLUSTER = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' }).stdout?.trim().split(/\s+/);
test.skip(
  !ADMIN_URL || !NGINX || !PG_CLUSTER?.[0] || process.getuid?.() !== 0,
  'needs PostgreSQL (DATABASE_URL_POSTGRES, pg_ctlcluster), nginx and root: .ci/run installs and starts them',
);
test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

const PROXY = 3160;
const PORTS = [3161, 3162];
const proxyOrigin = `http://127.0.0.1:${PROXY}`;
const SECRET = 'two-instances-secret-0123456789abcdef01';
const work = mkdtempSync(path.join(tmpdir(), 'portico-two-'));
const storage = path.join(work, 'storage');
const dbName = `portico_two_${Date.now().toString(36)}`;
const dbUrl = (() => {
  if (!ADMIN_URL) return '';
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  return url.toString();
})();
const instances: TServer[] = [];
let nginx: ChildProcess | null = null;
const appointmentIds: string[] = [];

const env = (extra: Record<string, string>) => ({
  DATABASE_URL: dbUrl,
  AUTH_SECRET: SECRET,
  AUTH_URL: proxyOrigin,
  PORTICO_DEMO: '1',
  PORTICO_JOBS: 'off',
  STORAGE_DIR: storage,
  ...extra,
});

const startInstance = (port: number) => startServer({ port, env: env({ TRUSTED_PROXY_HOPS: '1' }) });
const ready = (origin: string) => until(async () => (await fetch(`${origin}/api/ready`)).ok, 60_000);

/** The reference file, its ports moved to the test's, inside a minimal nginx.conf. */
function nginxConfig() {
  const site = readFileSync('docs/deploy/nginx-portico.conf', 'utf8')
    .replace('127.0.0.1:3001', `127.0.0.1:${PORTS[0]}`)
    .replace('127.0.0.1:3002', `127.0.0.1:${PORTS[1]}`)
    .replace('listen 80;', `listen 127.0.0.1:${PROXY};`)
    .replace('/var/log/nginx/portico.access.log', path.join(work, 'access.log'));
  writeFileSync(path.join(work, 'portico.conf'), site);
  for (const dir of ['body', 'proxy']) mkdirSync(path.join(work, dir), { recursive: true });
  chmodSync(work, 0o777);
  for (const dir of ['body', 'proxy']) chmodSync(path.join(work, dir), 0o777);
  const conf = path.join(work, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 512; }
http {
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/proxy;
  uwsgi_temp_path ${work}/proxy;
  scgi_temp_path ${work}/proxy;
  include ${work}/portico.conf;
}
`,
  );
  return conf;
}

/** Posts a server action to `origin` the way Next's client does; the return value is in the flight text. */
async function action(
  origin: string,
  file: string,
  name: string,
  args: unknown[],
  { cookie = '', page = '/p/demo/sign-in', headers = {} }: { cookie?: string; page?: string; headers?: object } = {},
) {
  // posted from the page that offers it, as the browser does (its result comes back with that page)
  const response = await fetch(`${origin}${page}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Next-Action': serverActionId(file, name),
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      // the browser's page is the public address (nginx), whichever instance answers
      Origin: proxyOrigin,
      Cookie: cookie,
      ...headers,
    },
    body: JSON.stringify(args),
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const sessionCookie = (headers: Headers) =>
  headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('authjs.session-token=') && c.length > 30) ?? null;

const passwordSignIn = (origin: string) =>
  action(origin, 'lib/actions/client-password-sign-in.ts', 'clientPasswordSignIn', [
    'demo',
    { identifier: DEMO_CREDENTIALS.client.email, password: DEMO_CREDENTIALS.client.password, remember: false },
    '/p/demo/dashboard',
  ]);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  for (const script of ['scripts/db-migrate.ts', 'prisma/seed.ts']) {
    const result = spawnSync('node_modules/.bin/tsx', [script], {
      env: { ...process.env, ...env({}) },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
  }
  // upcoming appointments for the demo client to cancel under load
  const db = createDb(dbUrl);
  const client = await db.client.findFirstOrThrow({
    where: { email: DEMO_CREDENTIALS.client.email, business: { slug: 'demo' } },
  });
  for (let i = 0; i < 60; i++) {
    const startsAt = new Date(Date.now() + (10 + i) * 24 * 3600_000);
    const row = await db.appointment.create({
      data: { businessId: client.businessId, clientId: client.id, startsAt, endsAt: new Date(+startsAt + 3600_000) },
    });
    appointmentIds.push(row.id);
  }
  await db.$disconnect();
  for (const port of PORTS) instances.push(startInstance(port));
  await Promise.all(PORTS.map((port) => ready(`http://127.0.0.1:${port}`)));
  nginx = spawn(NGINX!, ['-c', nginxConfig(), '-p', work, '-g', 'daemon off;'], { stdio: 'inherit' });
  await ready(proxyOrigin);
});

test.afterAll(async () => {
  nginx?.kill('SIGQUIT');
  await Promise.all(
    instances.map((instance) => {
      instance.child.kill('SIGTERM');
      return instance.exited;
    }),
  );
  if (!ADMIN_URL) return;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
});

const [A, B] = PORTS.map((port) => `http://127.0.0.1:${port}`);

test('a session made through one instance works on the other', async () => {
  const signedIn = await passwordSignIn(A);
  const cookie = sessionCookie(signedIn.headers);
  expect(cookie, signedIn.text.slice(0, 200)).not.toBeNull();
  const dashboard = await fetch(`${B}/p/demo/dashboard`, { headers: { Cookie: cookie! }, redirect: 'manual' });
  expect(dashboard.status).toBe(200);
  expect((await dashboard.text()).includes('Demo Client'), 'the dashboard of the signed-in client').toBe(true);
});

test('a code requested on one instance is verified on the other', async () => {
  const email = DEMO_CREDENTIALS.client.email;
  const requested = await action(A, 'lib/actions/sign-in-codes.ts', 'requestSignInCodeAction', [
    'demo',
    { identifier: email },
  ]);
  expect(requested.text).toContain('"outcome":"sent"');
  let code = '';
  await until(async () => {
    const { messages } = (await (await fetch(`${B}/api/dev/outbox?to=${email}`)).json()) as {
      messages: { text: string; createdAt: string }[];
    };
    code = /\b(\d{6})\b/.exec(messages[0]?.text ?? '')?.[1] ?? '';
    return !!code;
  }, 10_000);
  const verified = await action(B, 'lib/actions/sign-in-codes.ts', 'verifySignInCodeAction', [
    'demo',
    '/p/demo/dashboard',
    email,
    { code },
  ]);
  expect(sessionCookie(verified.headers), verified.text.slice(0, 200)).not.toBeNull();
});

test('rate limits count across both instances, and the app sees the address nginx reports', async () => {
  const db = createDb(dbUrl);
  const already = await db.oneTimeCode.count({ where: { requestIp: '127.0.0.1' } });
  await db.$disconnect();
  const outcomes: string[] = [];
  for (let i = 0; i < 21 - already; i++) {
    const result = await action(
      proxyOrigin,
      'lib/actions/sign-up.ts',
      'requestSignUpCodeAction',
      ['demo', { identifier: `spread-${i}-${Date.now()}@example.com` }],
      // what a client may claim: nginx appends the real peer, which is what counts
      { headers: { 'X-Forwarded-For': `198.18.0.${i + 1}` } },
    );
    outcomes.push(/"outcome":"(\w+)"/.exec(result.text)?.[1] ?? `HTTP ${result.status}`);
  }
  expect(outcomes.slice(0, -1).every((o) => o === 'sent')).toBe(true);
  expect(outcomes.at(-1)).toBe('rate_limited');
  // nginx spread them over both instances, which shared one count
  const posts = instances.map(
    (instance) =>
      instance.lines.filter((line) => line.includes('"method":"POST"') && line.includes('/p/demo/sign-in')).length,
  );
  expect(posts.every((n) => n > 0)).toBe(true);

  // one request: nginx's log and the app's log name the same id and the same address
  const probe = await fetch(`${proxyOrigin}/p/demo/sign-in`, { headers: { 'X-Forwarded-For': '6.6.6.6' } });
  const id = probe.headers.get('x-request-id')!;
  await until(async () => readFileSync(path.join(work, 'access.log'), 'utf8').includes(`rid=${id}`), 5_000);
  const nginxLine = readFileSync(path.join(work, 'access.log'), 'utf8')
    .split('\n')
    .find((line) => line.includes(`rid=${id}`))!;
  // the app writes its line when the response ends: wait for it as for nginx's
  await until(
    async () => instances.some((i) => i.lines.some((l) => l.includes(id) && l.includes('"msg":"request"'))),
    5_000,
  );
  const appLine = instances
    .flatMap((instance) => instance.lines)
    .map((line) => JSON.parse(line.replace(/^STDERR /, '{}').trim() || '{}') as Record<string, unknown>)
    .find((record) => record.requestId === id && record.msg === 'request');
  expect(nginxLine.split(' ')[0]).toBe('127.0.0.1');
  expect(appLine?.ip).toBe('127.0.0.1');
});

test('60 s of mixed traffic through nginx while PostgreSQL restarts: no leak, both recover, acknowledged writes whole', async () => {
  const signedIn = await passwordSignIn(proxyOrigin);
  const cookie = sessionCookie(signedIn.headers)!;
  expect(cookie).toBeTruthy();
  const kinds = ['view', 'signin', 'profile', 'view', 'cancel', 'upload', 'view', 'profile'] as const;
  type TResult = { kind: string; status: number | 'network'; ack?: string; sent?: string; body?: string; at: number };
  const results: TResult[] = [];
  const start = Date.now();
  const INTERVAL = 125; // 8 requests a second
  const COUNT = Math.floor(60_000 / INTERVAL);
  let nextAppointment = 0;
  let restartAt = 0;
  let restartMs = 0;

  async function one(i: number): Promise<TResult> {
    const kind = kinds[i % kinds.length];
    const at = Date.now() - start;
    try {
      if (kind === 'view') {
        const r = await fetch(`${proxyOrigin}/p/demo/dashboard`, { headers: { Cookie: cookie }, redirect: 'manual' });
        return { kind, status: r.status, body: r.ok ? undefined : await r.text(), at };
      }
      if (kind === 'signin') {
        const r = await passwordSignIn(proxyOrigin);
        return { kind, status: r.status, ack: sessionCookie(r.headers) ? 'session' : undefined, body: r.text, at };
      }
      if (kind === 'profile') {
        const lastName = `Fault ${i}`;
        const r = await action(
          proxyOrigin,
          'lib/actions/profile.ts',
          'updateProfileAction',
          ['demo', { firstName: 'Giulia', lastName, locale: 'en', custom: {} }],
          { cookie, page: '/p/demo/profile' },
        );
        const ack = r.text.includes('"ok":true') ? lastName : undefined;
        return { kind, status: r.status, ack, sent: lastName, body: r.text, at };
      }
      if (kind === 'cancel') {
        const id = appointmentIds[nextAppointment++];
        const r = await action(
          proxyOrigin,
          'lib/actions/cancel-appointment.ts',
          'cancelAppointmentAction',
          ['demo', id, `fault ${i}`],
          { cookie, page: '/p/demo/schedule' },
        );
        return {
          kind,
          status: r.status,
          ack: r.text.includes('"ok":true') ? `${id}|fault ${i}` : undefined,
          body: r.text,
          at,
        };
      }
      const form = new FormData();
      form.set('file', new File([`%PDF-1.4\n% fault ${i}\n%%EOF\n`], `fault-${i}.pdf`, { type: 'application/pdf' }));
      const r = await fetch(`${proxyOrigin}/api/portal/demo/uploads`, {
        method: 'POST',
        headers: { Cookie: cookie, Origin: proxyOrigin },
        body: form,
      });
      const text = await r.text();
      const id = r.status === 201 ? (JSON.parse(text) as { id: string }).id : undefined;
      return { kind, status: r.status, ack: id ? `${id}|${i}` : undefined, body: text, at };
    } catch {
      return { kind, status: 'network', sent: kind === 'profile' ? `Fault ${i}` : undefined, at };
    }
  }

  const pending: Promise<void>[] = [];
  for (let i = 0; i < COUNT; i++) {
    const due = start + i * INTERVAL;
    await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
    if (!restartAt && Date.now() - start >= 20_000) {
      restartAt = Date.now() - start;
      const restart = Date.now();
      pending.push(
        new Promise<void>((resolve) => {
          const child = spawn('pg_ctlcluster', [PG_CLUSTER![0], PG_CLUSTER![1], 'restart', '--mode', 'fast']);
          child.on('exit', () => {
            restartMs = Date.now() - restart;
            resolve();
          });
        }),
      );
    }
    pending.push(one(i).then((result) => void results.push(result)));
  }
  await Promise.all(pending);

  // both instances recover by themselves
  const recovery = await Promise.all([A, B].map((origin) => ready(origin)));
  const after = await fetch(`${proxyOrigin}/p/demo/dashboard`, { headers: { Cookie: cookie }, redirect: 'manual' });
  expect(after.status).toBe(200);

  // no response leaks internals
  const leaks = results.filter((r) =>
    /prisma|ECONNREFUSED|ECONNRESET|terminating connection|\bat \S+\.js:\d+|\/node_modules\/|SELECT .+ FROM|INSERT INTO/.test(
      r.body ?? '',
    ),
  );
  expect(leaks.map((r) => `${r.kind} ${r.status}: ${r.body?.slice(0, 200)}`)).toEqual([]);

  // every acknowledged write is there, whole
  const db = createDb(dbUrl);
  const acked = (kind: string) => results.filter((r) => r.kind === kind && r.ack).map((r) => r.ack!);
  for (const entry of acked('cancel')) {
    const [id, reason] = entry.split('|');
    const row = await db.appointment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'cancelled', cancellationReason: reason, cancelledBy: 'client' });
    expect(row.cancelledAt).not.toBeNull();
  }
  // a cancellation is never half-done: cancelled rows carry their reason and time
  const half = await db.appointment.count({
    where: {
      id: { in: appointmentIds },
      status: 'cancelled',
      OR: [{ cancelledAt: null }, { cancellationReason: null }],
    },
  });
  expect(half).toBe(0);
  for (const entry of acked('upload')) {
    const [id, i] = entry.split('|');
    const file = await fetch(`${proxyOrigin}/api/portal/demo/documents/${id}`, { headers: { Cookie: cookie } });
    expect(file.status).toBe(200);
    expect(await file.text()).toContain(`% fault ${i}`);
  }
  const profileWrites = results.filter((r) => r.kind === 'profile').sort((a, b) => a.at - b.at);
  const lastAckedAt = profileWrites.findLastIndex((r) => r.ack);
  const lastAcked = lastAckedAt >= 0 ? profileWrites[lastAckedAt].ack : undefined;
  const card = await db.client.findFirstOrThrow({
    where: { email: DEMO_CREDENTIALS.client.email, business: { slug: 'demo' } },
  });
  if (lastAcked) {
    // the last acknowledged edit, or one sent after it whose answer was lost
    expect(profileWrites.slice(lastAckedAt).map((r) => r.sent)).toContain(card.lastName);
  }
  await db.$disconnect();

  const byKind: Record<string, Record<string, number>> = {};
  for (const r of results) {
    const bucket = (byKind[r.kind] ??= {});
    const key = r.status === 'network' ? 'network' : `${Math.floor(r.status / 100)}xx`;
    bucket[key] = (bucket[key] ?? 0) + 1;
    if (r.ack) bucket.acknowledged = (bucket.acknowledged ?? 0) + 1;
  }
  const report = {
    requests: results.length,
    restartAtMs: restartAt,
    restartTookMs: restartMs,
    recoveryMs: recovery,
    byKind,
    writesChecked: acked('cancel').length + acked('upload').length + (lastAcked ? 1 : 0),
  };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/two-instances-report.json', JSON.stringify(report, null, 2));
  console.log(`[two-instances] ${JSON.stringify(report)}`);
  expect(results.length).toBe(COUNT);
  expect(instances.every((instance) => instance.child.exitCode === null)).toBe(true); // neither crashed
});
