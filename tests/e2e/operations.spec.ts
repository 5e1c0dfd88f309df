import http from 'node:http';
import { expect, test } from './fixtures';
import { answering, startServer } from '../support/start-server';
import { expectNoAxeViolations } from './helpers';
import { worker } from './worker';

// The production server's own duties (scripts/server.mjs), on a separate instance of
// the same build: JSON logs with the request id, secrets kept out of them, and a
// graceful shutdown that finishes the request in flight.
const PORT = 3150;
const base = `http://127.0.0.1:${PORT}`;

const start = () =>
  startServer({
    port: PORT,
    env: {
      DATABASE_URL: worker.databaseUrl,
      AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
      AUTH_URL: base,
      PORTICO_JOBS: 'off',
      STORAGE_DIR: worker.storageDir,
    },
  });

test('logs are JSON lines carrying the request id; passwords and tokens never appear', async () => {
  const { child: server, lines, exited } = start();
  try {
    await answering(base);
    const secretPassword = 'correct-horse-battery-99';
    const page = await fetch(`${base}/p/demo/sign-in`);
    const id = page.headers.get('x-request-id')!;
    await fetch(`${base}/api/calendar/SeCrEtCaLeNdArToKeN0123456789?token=abc`);
    await fetch(`${base}/p/demo/sign-in?password=${secretPassword}`);
    await new Promise((r) => setTimeout(r, 300));
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>); // every line is JSON
    const access = records.find((r) => r.msg === 'request' && r.requestId === id);
    expect(access).toMatchObject({ method: 'GET', path: '/p/demo/sign-in', status: 200, service: 'portico' });
    const text = lines.join('\n');
    expect(text).not.toContain(secretPassword);
    expect(text).not.toContain('SeCrEtCaLeNdArToKeN');
    expect(text).toContain('/api/calendar/[redacted]');
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
});

test('on SIGTERM the server stops taking connections, finishes the request in flight, then exits 0', async () => {
  const { child: server, lines, exited } = start();
  await answering(base);
  // a request whose body is still arriving when the signal comes
  const body = JSON.stringify(['not', 'an', 'action']);
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(`${base}/api/health`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    });
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    request.on('error', reject);
    request.write(body.slice(0, 5));
    setTimeout(() => {
      server.kill('SIGTERM');
      setTimeout(() => request.end(body.slice(5)), 1500);
    }, 300);
  });
  // while it drains, new connections are refused
  await new Promise((r) => setTimeout(r, 900));
  const refused = await fetch(`${base}/api/health`).then(
    () => false,
    () => true,
  );
  expect(refused).toBe(true);
  const answered = await response;
  expect(answered.status).toBe(405); // the route answered: it accepts GET only
  expect(await exited).toBe(0);
  expect(lines.some((line) => line.includes('every request finished; exiting'))).toBe(true);
});

test('with the database gone, a page fails as a localized error page whose reference is in the log', async ({
  browser,
}) => {
  const port = PORT + 1;
  const {
    child: server,
    lines,
    exited,
    origin,
  } = startServer({
    port,
    env: {
      DATABASE_URL: 'file:/nonexistent-portico-dir/portico.db', // cannot be opened
      AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
      AUTH_URL: `http://127.0.0.1:${port}`,
      PORTICO_JOBS: 'off',
      STORAGE_DIR: './data/e2e-storage',
    },
  });
  const context = await browser.newContext({ locale: 'it-IT' });
  try {
    await answering(origin);
    const ready = await fetch(`${origin}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', reason: 'database_unreachable' });

    const page = await context.newPage();
    const response = await page.goto(`${origin}/p/demo`);
    expect(response!.status()).toBe(500);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qualcosa è andato storto da parte nostra');
    const reference = (await page.getByText(/^Riferimento: /).textContent())!.replace('Riferimento: ', '');
    expect(reference).toMatch(/^\w+$/);
    await expect(page.getByRole('button', { name: 'Riprova' })).toBeVisible();
    await expectNoAxeViolations(page);
    const body = await response!.text();
    expect(body).not.toMatch(/nonexistent-portico-dir|SqliteError|prisma|at \w+ \(/i); // nothing internal leaks
    // staff find the failure by the reference the client quotes
    const logged = lines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; digest?: string; requestId?: string });
    expect(logged.some((record) => record.level >= 50 && record.digest === reference && record.requestId)).toBe(true);
  } finally {
    await context.close();
    server.kill('SIGTERM');
    await exited;
  }
});
