import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Google through a local OpenID provider (oidc-provider): log in there as "subject|email".
async function continueWithGoogle(page: Page, portal: string, login: string) {
  await page.goto(`/p/${portal}/sign-in`);
  await page.getByRole('button', { name: 'Continue with Google' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test.use({ locale: 'en-GB' });

test('signs in the client whose verified Google email matches a card, then by subject', async ({ page, browser }) => {
  await continueWithGoogle(page, 'acme', 'google-sub-ava|ava.johnson@example.com');
  await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  await expect(page.getByRole('button', { name: 'Your account: Ava Johnson' })).toBeVisible();
  // later, on another device: recognised by the linked subject
  const other = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await continueWithGoogle(other, 'acme', 'google-sub-ava|ava.johnson@example.com');
  await expect(other).toHaveURL(/\/p\/acme\/dashboard$/);
});

test('another Google account with the same email is not linked over the existing link', async ({ page }) => {
  await continueWithGoogle(page, 'acme', 'google-sub-ava-2|ava.johnson@example.com');
  await expect(page).toHaveURL(/\/p\/acme\/sign-in\?error=google$/);
  await expect(page.getByRole('alert').filter({ hasText: 'We could not sign you in with Google.' })).toBeVisible();
});

test('a Google account whose email is not a client of this business is refused', async ({ page }) => {
  await continueWithGoogle(page, 'acme', 'google-sub-stranger|stranger@example.com');
  await expect(page).toHaveURL(/\/p\/acme\/sign-in\?error=google$/);
});
