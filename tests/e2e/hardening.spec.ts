import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { callServerAction, clientSignIn, ensureClient, ensureDemoStaff, serverActionId, staffSignIn } from './helpers';
import { DEMO_CREDENTIALS } from '../../prisma/seed';

// Attacks from issue 13 §2, against the production server (scripts/server.mjs).
test.use({ locale: 'en-GB' });

const SESSION_COOKIE = 'authjs.session-token';

/** The language menu's action posted by hand from the sign-in page, with the headers and body given. */
async function languageActionPoster(page: Page) {
  await page.goto('/p/demo/sign-in');
  const origin = new URL(page.url()).origin;
  const id = serverActionId('lib/actions/set-locale.ts', 'setLocale');
  const post = (headers: Record<string, string>, data: string | Buffer) =>
    page.request.post(`${origin}/p/demo/sign-in`, {
      headers: { 'Next-Action': id, Origin: origin, Accept: 'text/x-component', ...headers },
      data,
      maxRedirects: 0,
    });
  return { origin, id, post };
}

test('a malformed address gets a 400 page in the reader’s language with a reference, never a 500', async ({
  request,
}) => {
  for (const path of [
    '/p/%ZZ/sign-in',
    '/p/%E0%A4%A',
    '/api/calendar/%ZZ',
    '/api/auth/%ZZ',
    '/api/portal/demo/documents/%ZZ',
  ]) {
    const response = await request.get(path, { headers: { Accept: 'text/html', 'Accept-Language': 'it-IT,it;q=0.9' } });
    expect(response.status(), path).toBe(400);
    const id = response.headers()['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const html = await response.text();
    expect(html).toContain('Questo indirizzo non è leggibile');
    expect(html).toContain(`Riferimento: ${id}`);
  }
});

test('server actions with a body Next cannot read, too large, or from another site get a 4xx', async ({ page }) => {
  const { post } = await languageActionPoster(page);
  expect((await post({ 'Content-Type': 'text/plain;charset=UTF-8' }, 'not json{')).status()).toBe(400);
  const cut = '--XX\r\nContent-Disposition: form-data; name="1_$ACTION_ID_x"\r\n\r\nab';
  expect((await post({ 'Content-Type': 'multipart/form-data; boundary=XX' }, cut)).status()).toBe(400);
  const tooLarge = await post({ 'Content-Type': 'text/plain;charset=UTF-8' }, Buffer.alloc(7 * 1024 * 1024, 97));
  expect(tooLarge.status()).toBe(413);
  const foreign = await post(
    { 'Content-Type': 'text/plain;charset=UTF-8', Origin: 'https://evil.example' },
    JSON.stringify(['it']),
  );
  expect(foreign.status()).toBe(403);
  expect(((await foreign.json()) as { error: string }).error).toBe('foreignOrigin');
});

test('X-Forwarded-For entries a client prepends do not give it a new rate-limit bucket', async ({ page }) => {
  await page.goto('/p/demo/sign-up');
  const address = '203.0.113.77'; // the entry our (trusted) proxy appended
  const outcomes: string[] = [];
  for (let i = 0; i < 21; i++) {
    const spoofed = `198.18.${i}.${i + 1}`;
    const { text } = await callServerAction(
      page,
      '/p/demo/sign-up',
      'lib/actions/sign-up.ts',
      'requestSignUpCodeAction',
      ['demo', { identifier: `bucket-${Date.now()}-${i}@example.com` }],
      { 'X-Forwarded-For': `${spoofed}, ${address}` },
    );
    outcomes.push(/"outcome":"(\w+)"/.exec(text)?.[1] ?? text.slice(0, 80));
  }
  // 20 codes per address per hour (lib/auth/codes/limits.ts), whatever was prepended
  expect(outcomes.slice(0, 20).every((o) => o === 'sent')).toBe(true);
  expect(outcomes[20]).toBe('rate_limited');
});

test('after 30 wrong passwords from one address the sign-in form says so, and even the right password waits', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // an address of its own (the entry the trusted proxy appends): no other test or run shares its count
  const address = `10.${Date.now() % 250}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': address });
  await page.goto('/p/demo/sign-in?method=password');
  for (let i = 0; i < 30; i++) {
    const { text } = await callServerAction(
      page,
      '/p/demo/sign-in',
      'lib/actions/client-password-sign-in.ts',
      'clientPasswordSignIn',
      ['demo', { identifier: `guess-${i}@example.com`, password: 'not-the-password', remember: false }],
      { 'X-Forwarded-For': address },
    );
    expect(text).toContain('"error":"invalid"');
  }
  await page.getByLabel('Email or mobile number').fill(DEMO_CREDENTIALS.client.email);
  await page.getByLabel('Password').fill(DEMO_CREDENTIALS.client.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Too many wrong passwords came from your network', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/p\/demo\/sign-in/);
});

test('every server action called by hand with arguments of the wrong shape answers without a server error', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // an action's arguments are whatever the request says: try each one as a visitor, a client
  // and a staff member (people of this test only: the sign-out actions end their sessions)
  const client = { email: 'wrong-shapes.client@example.com', password: 'Wrong-shapes-client-1' };
  const staff = { email: 'wrong-shapes.staff@example.com', password: 'Wrong-shapes-staff-1' };
  await ensureClient({ portal: 'demo', ...client, firstName: 'Wanda', lastName: 'Shapes' });
  await ensureDemoStaff({ ...staff, role: 'admin' });
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/p/demo');
  const asClient = await (await browser.newContext()).newPage();
  await clientSignIn(asClient, 'demo', client);
  const asStaff = await (await browser.newContext()).newPage();
  await staffSignIn(asStaff, staff);
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const shapes = [[], [1, 2, 3], ['demo', 'x', 'y'], ['demo', { a: { b: 1 } }, { c: [1] }, null]];
  const errors: string[] = [];
  for (const page of [visitor, asClient, asStaff])
    for (const { filename, exportedName } of Object.values(manifest.node))
      for (const args of shapes) {
        const { status } = await callServerAction(page, '/p/demo/sign-in', filename, exportedName, args, {
          'X-Forwarded-For': '203.0.113.77',
        });
        if (status >= 500) errors.push(`${filename}#${exportedName}(${JSON.stringify(args)}): ${status}`);
      }
  expect(Object.keys(manifest.node).length).toBeGreaterThan(90);
  expect(errors).toEqual([]);
});

test('without "Keep me signed in" the session cookie ends with the browser; with it, it lasts 30 days', async ({
  browser,
}) => {
  for (const remember of [false, true]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/p/demo/sign-in?method=password');
    await page.getByLabel('Email or mobile number').fill(DEMO_CREDENTIALS.client.email);
    await page.getByLabel('Password').fill(DEMO_CREDENTIALS.client.password);
    if (remember) await page.getByLabel('Keep me signed in on this device for 30 days').check();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
    await page.goto('/p/demo/invoices'); // a page view renews the cookie
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie, 'signed in').toBeDefined();
    if (remember) expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
    else expect(cookie!.expires).toBe(-1); // a browser-session cookie
    await context.close();
  }
});

test('health and readiness answer for a load balancer', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const ready = await request.get('/api/ready');
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: 'ready', ready: true });
});

// Issue 24 §3: bodies streamed without a Content-Length, action bodies Next cannot decode,
// a client-written X-Forwarded-Host, no-JS form posts from a foreign or "null" origin, and the
// origin compared by scheme, host and port.

/** A POST whose body is streamed in chunks (no Content-Length): the status, and how many bytes went out before it. */
function streamedPost(url: string, headers: Record<string, string>, totalBytes: number) {
  return new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request(url, { method: 'POST', headers: { ...headers, 'Transfer-Encoding': 'chunked' } });
    request.on('response', (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, sentBytes: sent });
      request.destroy();
    });
    request.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(256 * 1024, 97);
    const pump = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}

test('a body streamed without a Content-Length is refused at its limit, for an upload and for a server action', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await clientSignIn(page, 'demo', DEMO_CREDENTIALS.client);
  const origin = new URL(page.url()).origin;
  const cookie = (await page.context().cookies())
    .filter((c) => c.name.includes('authjs'))
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const upload = await streamedPost(
    `${origin}/api/portal/demo/uploads`,
    { Origin: origin, Cookie: cookie, 'Content-Type': 'multipart/form-data; boundary=XX' },
    104 * 1024 * 1024,
  );
  expect(upload.status).toBe(413);
  expect(upload.sentBytes).toBeLessThan(60 * 1024 * 1024); // refused while the body was still coming
  const action = await streamedPost(
    `${origin}/p/demo/sign-in`,
    {
      Origin: origin,
      'Next-Action': serverActionId('lib/actions/set-locale.ts', 'setLocale'),
      'Content-Type': 'text/plain;charset=UTF-8',
    },
    7 * 1024 * 1024,
  );
  expect(action.status).toBe(413);
  // within the limit, a streamed action still works (Next streams the ones it forwards)
  const small = await new Promise<number>((resolve, reject) => {
    const request = http.request(`${origin}/p/demo/sign-in`, {
      method: 'POST',
      headers: {
        Origin: origin,
        'Next-Action': serverActionId('lib/actions/set-locale.ts', 'setLocale'),
        'Content-Type': 'text/plain;charset=UTF-8',
        Accept: 'text/x-component',
        'Transfer-Encoding': 'chunked',
      },
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(JSON.stringify(['it']));
  });
  expect(small).toBe(200);
});

test('action bodies Next cannot decode, a forged X-Forwarded-Host and foreign no-JS forms get a 4xx, never a 500', async ({
  page,
}) => {
  const { origin, id, post } = await languageActionPoster(page);
  const text = { 'Content-Type': 'text/plain;charset=UTF-8' };
  expect((await post(text, '['.repeat(20_000) + ']'.repeat(20_000))).status()).toBe(400);
  expect((await post(text, '["$Q1","x"]')).status()).toBe(400);
  expect((await post(text, '["$B1"]')).status()).toBe(400);
  // a client cannot name another host for Next's own origin check
  expect((await post({ ...text, 'X-Forwarded-Host': 'evil.test' }, JSON.stringify(['it']))).status()).toBe(200);
  // the same origin on another scheme or port is another origin
  const url = new URL(origin);
  for (const other of [`https://${url.host}`, `${url.protocol}//${url.hostname}:1`, 'null']) {
    const forged = await post({ ...text, Origin: other }, JSON.stringify(['it']));
    expect(forged.status(), other).toBe(403);
  }
  // a no-JS form post (no Next-Action header, the id in a field) from a foreign or "null" origin
  const field = `$ACTION_ID_${id}`;
  for (const other of ['https://evil.example', 'null']) {
    const forged = await page.request.post(`${origin}/p/demo`, {
      headers: { Origin: other },
      multipart: { [field]: '', locale: 'it' },
      maxRedirects: 0,
    });
    expect(forged.status(), other).toBe(403);
    expect(forged.headers()['set-cookie'] ?? '').not.toContain('NEXT_LOCALE=it');
  }
});
