import { expect, test } from './fixtures';
import { generate } from 'otplib';
import { expectNoAxeViolations, serverActionId, testPasswordHash } from './helpers';
import { workerDb } from './worker';

const owner = { email: 'owner@demo.example.com', password: 'studio-demo-owner-2026' };

test.describe('admin gate (middleware on the edge, then the server)', () => {
  test('an anonymous visitor is sent to staff sign-in', async ({ page }) => {
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/sign-in\?callbackUrl=%2Fadmin$/);
    await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('x-middleware-subrequest headers do not bypass the gate', async ({ request }) => {
    const forms = [
      'middleware',
      'src/middleware',
      'pages/_middleware',
      'middleware:middleware:middleware:middleware:middleware',
      'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
    ];
    for (const value of forms) {
      const response = await request.get('/admin', { headers: { 'x-middleware-subrequest': value }, maxRedirects: 0 });
      expect(response.status(), value).toBe(307);
      expect(response.headers().location).toContain('/admin/sign-in');
    }
  });
});

test.describe('staff sign-in', () => {
  test('a wrong password gets a clear error and no session', async ({ page }) => {
    await page.goto('/admin/sign-in');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The email or password is not correct.' })).toBeVisible();
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/sign-in/);
  });

  test('an empty form shows errors under the fields', async ({ page }) => {
    await page.goto('/admin/sign-in');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByText('Enter a valid email address.')).toBeVisible();
    await expect(page.getByLabel('Email')).toBeFocused();
  });

  test('an owner must set up the authenticator app, then signs in with the app step, sees the overview, and signs out', async ({
    page,
  }) => {
    await page.goto('/admin');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // owners may not use the admin area without the app
    await expect(page).toHaveURL(/\/admin\/security$/);
    await expect(page.getByText('Owners and admins must use an authenticator app.')).toBeVisible();
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/security$/);
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const secret = (await page.getByTestId('totp-key').textContent())!.trim();
    await page.getByLabel('Code from the app').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) }));
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await expect(codes).toHaveCount(10);
    const recovery = (await codes.nth(2).textContent())!;
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Sign in again' }).click();
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/sign-in\/two-factor/);
    await page.getByLabel('App code or recovery code').fill(recovery);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { name: 'Your businesses' })).toBeVisible();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Studio Demo' }) });
    await expect(card.getByText('Owner')).toBeVisible();
    await expect(card.getByRole('link', { name: /\/p\/demo$/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const cookie = (await page.context().cookies()).find((c) => c.name.includes('authjs.session-token'));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/admin\/sign-in/);
    // the old cookie is refused on the server even if replayed
    await page.context().addCookies([cookie!]);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/sign-in/);
  });
});

test('an admin without an authenticator app is sent to set one up before any admin page or action (issue 24)', async ({
  page,
}) => {
  const admin = { email: 'no-app.admin@example.com', password: 'no-app-admin-password-2026' };
  const db = workerDb();
  const business = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  const identity = await db.identity.upsert({
    where: { email: admin.email },
    create: { email: admin.email, emailVerifiedAt: new Date(), passwordHash: await testPasswordHash(admin.password) },
    update: { totpSecret: null, totpEnabledAt: null },
  });
  await db.staffMember.upsert({
    where: { businessId_identityId: { businessId: business.id, identityId: identity.id } },
    create: { businessId: business.id, identityId: identity.id, role: 'admin', displayName: 'No App' },
    update: { role: 'admin' },
  });
  await db.$disconnect();
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/security$/);
  await expect(page.getByText('Owners and admins must use an authenticator app.')).toBeVisible();
  await page.goto('/admin/demo/settings');
  await expect(page).toHaveURL(/\/admin\/security$/);
  // a settings action called directly is refused too
  const response = await page.request.post(`${new URL(page.url()).origin}/admin/demo/settings`, {
    headers: {
      'Next-Action': serverActionId('lib/actions/admin-settings.ts', 'saveSettingsAction'),
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: new URL(page.url()).origin,
      Accept: 'text/x-component',
    },
    data: JSON.stringify([
      'demo',
      'uploads',
      { uploadDailyFiles: 1, uploadDailyMegabytes: 1, uploadTotalMegabytes: 1 },
    ]),
  });
  expect(await response.text()).toContain('unauthorized');
  const check = workerDb();
  expect((await check.business.findUniqueOrThrow({ where: { slug: 'demo' } })).uploadDailyFiles).not.toBe(1);
  await check.$disconnect();
});
