import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, devices } from '@playwright/test';
import { expect, test } from './fixtures';
import { clientSignIn, expectNoAxeViolations } from './helpers';
import { workerDb } from './worker';

// The portal as an app on the home screen: a manifest per business, a service worker that keeps the
// shell and an offline page but never a page or its data, and the "Add to home screen" hint.
test.use({ serviceWorkers: 'allow' });

const client = { email: 'demo.client@example.com', password: 'portico-demo-client' };

type TManifest = {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
};

test('each business has its own manifest, in the reader’s language, with icons of the sizes browsers ask for', async ({
  request,
}) => {
  const demo = (await (
    await request.get('/p/demo/manifest.webmanifest', { headers: { 'Accept-Language': 'it-IT,it;q=0.9' } })
  ).json()) as TManifest;
  expect(demo).toMatchObject({
    name: 'Studio Demo',
    short_name: 'Studio Demo',
    lang: 'it-IT',
    start_url: '/p/demo/dashboard',
    scope: '/p/demo/',
    display: 'standalone',
  });
  expect(demo.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(demo.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of demo.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // the PNG header's width and height
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }

  const acme = (await (
    await request.get('/p/acme/manifest.webmanifest', { headers: { 'Accept-Language': 'en-GB' } })
  ).json()) as TManifest;
  expect(acme).toMatchObject({ name: 'Acme Physio', lang: 'en-GB', scope: '/p/acme/', start_url: '/p/acme/dashboard' });
  expect(acme.theme_color).not.toBe(demo.theme_color);
  expect((await request.get('/p/nobody-here/manifest.webmanifest')).status()).toBe(404);
});

test('Chromium finds the portal installable', async ({ baseURL }) => {
  // a profile of its own: Playwright's usual contexts are incognito, where Chrome installs nothing
  const profile = mkdtempSync(path.join(tmpdir(), 'portico-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
    baseURL,
    serviceWorkers: 'allow',
  });
  try {
    const page = await context.newPage();
    // the scope is /p/demo/ (not /p/demo, which would take in /p/demo-other too): a page inside it
    await page.goto('/p/demo/sign-in');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/p/demo/');
    // Chrome's own installability check (Lighthouse 12 no longer has one), on the portal's home too
    for (const path of ['/p/demo/sign-in', '/p/demo']) {
      await page.goto(path);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors, path).toEqual([]);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('offline, a page is the offline page and never the last client’s data', async ({ page, context }) => {
  await page.goto('/p/demo/sign-in');
  await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);

  await clientSignIn(page, 'demo', client, { newSession: true });
  await page.goto('/p/demo/invoices');
  const first = page
    .getByRole('main')
    .getByRole('link', { name: /^Invoice \S+/ })
    .first();
  const invoiceNumber = /^Invoice (\S+)/.exec(
    (await first.getAttribute('aria-label')) ?? (await first.innerText()),
  )![1];
  expect(invoiceNumber).toMatch(/^\d{4}-\d{4}$/);

  // signed in and offline: the offline page, not a stored copy of the invoices
  await context.setOffline(true);
  await page.goto('/p/demo/invoices');
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page.getByText(invoiceNumber)).toHaveCount(0);
  await expect(page.getByText('Demo Client')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.setOffline(false);

  // signed out, offline: the same
  await page.goto('/p/demo/dashboard');
  await page.getByRole('button', { name: 'Your account: Demo Client' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/p\/demo$/);
  await context.setOffline(true);
  for (const path of ['/p/demo/invoices', '/p/demo/dashboard', '/p/demo/documents']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.getByText(invoiceNumber)).toHaveCount(0);
  }
  const stored = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys())
      for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(stored.filter((path) => !path.startsWith('/_next/static/') && !path.startsWith('/api/branding/'))).toEqual([
    '/p/demo/offline',
  ]);
  await context.setOffline(false);
});

test.describe('on an iPhone, in Italian', () => {
  const { defaultBrowserType: _browser, ...iphone } = devices['iPhone 13'];
  test.use({ ...iphone, locale: 'it-IT' });

  test('the dashboard says how to add the portal to the home screen; “Non ora” puts it away', async ({ page }) => {
    await page.goto('/p/acme/sign-in?method=password');
    await page.getByLabel('Email o numero di cellulare').fill(client.email);
    await page.getByLabel('Password').fill(client.password);
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
    const hint = page.getByRole('region', { name: 'Aggiungi Acme Physio alla schermata Home' });
    await expect(hint).toContainText('tocca il pulsante Condividi');
    await expectNoAxeViolations(page);
    await hint.getByRole('button', { name: 'Non ora' }).click();
    await expect(hint).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(hint).toBeHidden();
    // the offline page, as the worker keeps it, in Italian
    await page.goto('/p/acme/offline');
    await expect(page.getByRole('heading', { level: 1, name: 'Sei offline' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('a client turns notifications on for this browser, chooses what they get, sees one arrive, and turns them off', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['notifications'], { origin: baseURL });
  // Debian's Chromium has no push service to register with here (its build carries no Firebase keys,
  // and headless Chromium cannot reach one): the page gets the subscription a push service would
  // give, with a key pair made in the page as the browser would. The server side is real
  // (tests/integration/web-push.test.ts); so is the worker's push event below.
  await page.addInitScript(() => {
    const b64url = (bytes: ArrayBuffer) =>
      btoa(String.fromCharCode(...new Uint8Array(bytes)))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    const fake = (json: { endpoint: string; keys: { p256dh: string; auth: string } }) => ({
      endpoint: json.endpoint,
      toJSON: () => json,
      unsubscribe: async () => {
        localStorage.removeItem('e2e-push');
        return true;
      },
    });
    PushManager.prototype.getSubscription = async function () {
      const stored = localStorage.getItem('e2e-push');
      return (stored ? fake(JSON.parse(stored)) : null) as unknown as PushSubscription;
    };
    PushManager.prototype.subscribe = async function () {
      const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
        'deriveBits',
      ])) as CryptoKeyPair;
      const json = {
        endpoint: `https://fcm.googleapis.com/fcm/send/e2e-${crypto.randomUUID()}`,
        keys: {
          p256dh: b64url(await crypto.subtle.exportKey('raw', pair.publicKey)),
          auth: b64url(crypto.getRandomValues(new Uint8Array(16)).buffer),
        },
      };
      localStorage.setItem('e2e-push', JSON.stringify(json));
      return fake(json) as unknown as PushSubscription;
    };
  });
  await clientSignIn(page, 'demo', client, { newSession: true });
  await page.goto('/p/demo/security');
  const panel = page.getByRole('region', { name: 'Notifications on this device' });
  await panel.getByRole('button', { name: 'Turn on notifications on this device' }).click();
  await expect(panel.getByRole('status')).toHaveText('Notifications are on for this device.');
  const endpoint = JSON.parse((await page.evaluate(() => localStorage.getItem('e2e-push')))!).endpoint as string;
  const db = workerDb();
  expect((await db.pushSubscription.findUniqueOrThrow({ where: { endpoint } })).kinds).toBe(
    'appointment_reminder,invoice,document,message',
  );
  await expectNoAxeViolations(page);

  await panel.getByRole('checkbox', { name: 'New invoices' }).uncheck();
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved.');
  expect((await db.pushSubscription.findUniqueOrThrow({ where: { endpoint } })).kinds).toBe(
    'appointment_reminder,document,message',
  );
  await page.reload();
  await expect(panel.getByRole('checkbox', { name: 'New invoices' })).not.toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Appointment reminders' })).toBeChecked();

  // a push as the push service would hand it to the worker: it shows the business and one sentence
  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const mine = registrations.find((r) => new URL(r.scopeURL).pathname === '/p/demo/' && !r.isDeleted);
      if (mine) resolve(mine.registrationId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin: new URL(baseURL!).origin,
    registrationId: await registrationId,
    data: JSON.stringify({
      title: 'Studio Demo',
      body: 'You have a new invoice from Studio Demo.',
      url: '/p/demo/invoices',
    }),
  });
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => `${n.title}: ${n.body}`),
      ),
    )
    .toEqual(['Studio Demo: You have a new invoice from Studio Demo.']);

  await panel.getByRole('button', { name: 'Turn off on this device' }).click();
  await expect(panel.getByRole('status')).toHaveText('Notifications are off for this device.');
  expect(await db.pushSubscription.count({ where: { endpoint } })).toBe(0);
  await db.$disconnect();
});
