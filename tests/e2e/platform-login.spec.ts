import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

test.use({ locale: 'en-GB' });

test('one login lists the person’s portals; "Switch account" moves between them', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Sign in to your client portals' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill('demo.client@example.com');
  await page.getByLabel('Password').fill('portico-demo-client');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/login\/choose$/);
  await expect(page.getByRole('button', { name: 'Open Acme Physio' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Open Acme Physio' }).click();
  await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  await expect(page.getByRole('button', { name: 'Your account: Demo Client' })).toBeVisible();

  await page.getByRole('button', { name: 'Your account: Demo Client' }).click();
  await page.getByRole('link', { name: 'Switch account' }).click();
  await expect(page).toHaveURL(/\/login\/choose$/);
  await page.getByRole('button', { name: 'Open Studio Demo' }).click();
  await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
  // the new session is for Studio Demo only
  await page.goto('/p/acme/dashboard');
  await expect(page).toHaveURL(/\/p\/acme\/sign-in/);
});

test('a wrong password on /login gets the generic message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('demo.client@example.com');
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'We could not sign you in with these details.' }),
  ).toBeVisible();
});
