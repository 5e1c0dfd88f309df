import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

const client = { email: 'demo.client@example.com', phone: '+393331234567', password: 'portico-demo-client' };

async function signIn(page: Page, portal: string, identifier: string, password = client.password) {
  await page.goto(`/p/${portal}/sign-in?method=password`);
  await page.getByLabel(/Email or mobile number|Email o numero di cellulare/).fill(identifier);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
}

test.describe('client sign-in (English)', () => {
  test.use({ locale: 'en-GB' });

  test('from the portal home to the dashboard, with the account in use shown', async ({ page }) => {
    await page.goto('/p/demo');
    await page.getByRole('link', { name: 'Log in to your account' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Studio Demo' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Use a password instead' }).click();
    await expect(page).toHaveURL(/method=password/);
    await expect(page.getByLabel('Password')).toBeVisible();
    await page.getByLabel('Email or mobile number').fill(client.email);
    await page.getByLabel('Password').fill(client.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
    await expect(page.getByRole('heading', { name: 'Hello, Demo' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Your account: Demo Client' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a wrong password gets one generic, announced message', async ({ page }) => {
    await signIn(page, 'demo', client.email, 'not the password');
    await expect(
      page.getByRole('alert').filter({ hasText: 'We could not sign you in with these details.' }),
    ).toBeVisible();
    await signIn(page, 'demo', 'nobody@example.com');
    await expect(
      page.getByRole('alert').filter({ hasText: 'We could not sign you in with these details.' }),
    ).toBeVisible();
  });

  test('a session made on one portal grants nothing on another', async ({ page }) => {
    await signIn(page, 'demo', client.phone);
    await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
    await page.goto('/p/acme/dashboard');
    await expect(page).toHaveURL(/\/p\/acme\/sign-in\?callbackUrl=%2Fp%2Facme%2Fdashboard$/);
  });

  test('a protected portal page sends a visitor to sign-in, and back after it', async ({ page }) => {
    await page.goto('/p/acme/dashboard');
    await expect(page).toHaveURL(/\/p\/acme\/sign-in\?callbackUrl=/);
    await page.getByRole('link', { name: 'Use a password instead' }).click();
    await expect(page).toHaveURL(/method=password/);
    await expect(page.getByLabel('Password')).toBeVisible();
    await page.getByLabel('Email or mobile number').fill(client.email);
    await page.getByLabel('Password').fill(client.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  });

  test('?auth=1 on a portal URL opens sign-in directly', async ({ page }) => {
    await page.goto('/p/acme?auth=1');
    await expect(page).toHaveURL(/\/p\/acme\/sign-in/);
    await expect(page.getByRole('heading', { name: 'Sign in to Acme Physio' })).toBeVisible();
  });

  test('sign-out ends the session: the old cookie is refused on the server', async ({ page }) => {
    await signIn(page, 'acme', client.email);
    await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
    const cookie = (await page.context().cookies()).find((c) => c.name.includes('authjs.session-token'))!;
    await page.getByRole('button', { name: /^Your account:/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/p\/acme$/);
    await page.context().addCookies([cookie]);
    await page.goto('/p/acme/dashboard');
    await expect(page).toHaveURL(/\/p\/acme\/sign-in/);
  });
});

test.describe('client sign-in (Italian)', () => {
  test.use({ locale: 'it-IT' });

  test('accedi con il numero di cellulare', async ({ page }) => {
    await signIn(page, 'demo', '333 123 4567');
    await expect(page.getByRole('heading', { name: 'Ciao, Demo' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Il tuo account: Demo Client' })).toBeVisible();
  });
});
