import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

// A staff-role member of Studio Demo (no authenticator app required for this role).
const reception = { email: 'reception@demo.example.com', password: 'studio-demo-staff-2026' };

async function signIn(page: Page) {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(reception.email);
  await page.getByLabel('Password').fill(reception.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your businesses' })).toBeVisible();
}

test('staff find a client by phone, open the card, add, edit, archive and restore a client', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Studio Demo' }).click();
  await expect(page).toHaveURL(/\/admin\/demo\/clients$/);
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await expectNoAxeViolations(page);

  // a national number finds the card stored as +393331234567; the search lives in the URL
  await page.getByRole('searchbox', { name: 'Search' }).fill('333 123 4567');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/q=333\+123\+4567/);
  await expect(page.getByRole('status')).toHaveText('1 client');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Contact details' })).toBeVisible();
  // a number of the business's own country in its national form
  await expect(page.getByText('333 123 4567')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Appointments' })).toBeVisible();
  await expectNoAxeViolations(page);

  // add: errors under the fields first, nothing saved
  await page.goto('/admin/demo/clients/new');
  await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByText('Enter a first name.')).toBeVisible();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('First name').fill('Beatrice');
  await page.getByLabel('Last name').fill('Zanzottera');
  await page.getByRole('textbox', { name: 'Email' }).fill('beatrice.zanzottera@example.com');
  await page.getByLabel('Mobile number').fill('348 111 2233');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { name: 'Beatrice Zanzottera' })).toBeVisible();
  await expect(page.getByText('348 111 2233')).toBeVisible();

  // the same email again is refused under the field
  await page.goto('/admin/demo/clients/new');
  await page.getByLabel('First name').fill('Bea');
  await page.getByRole('textbox', { name: 'Email' }).fill('Beatrice.Zanzottera@example.com');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByText('Another client of this business has this email.')).toBeVisible();

  // edit
  await page.goto('/admin/demo/clients?q=zanzottera');
  await page.getByRole('link', { name: 'Beatrice Zanzottera' }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Last name').fill('Zanzottera Rossi');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Beatrice Zanzottera Rossi' })).toBeVisible();

  // archive, with a confirmation that says what it does; then restore
  await page.getByRole('button', { name: 'Archive' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Archive Beatrice Zanzottera Rossi?' });
  await expect(dialog.getByText('They will not be able to sign in')).toBeVisible();
  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Archived', { exact: true })).toBeVisible();
  await page.goto('/admin/demo/clients?q=zanzottera');
  await expect(page.getByRole('status')).toHaveText('No clients');
  await page.goto('/admin/demo/clients?q=zanzottera&status=archived');
  await page.getByRole('link', { name: 'Beatrice Zanzottera Rossi' }).click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
});

test('another business’s admin, or one of its clients, is a 404 for this staff member', async ({ page }) => {
  await signIn(page);
  const other = await page.goto('/admin/acme/clients');
  expect(other?.status()).toBe(404);
  const malformed = await page.goto('/admin/..%2Facme/clients');
  expect(malformed?.status()).toBe(404);
  const foreignCard = await page.goto('/admin/demo/clients/not-a-client-id');
  expect(foreignCard?.status()).toBe(404);
});

test('l’elenco clienti in italiano', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('button', { name: 'Italiano' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', /^it(-[A-Z]{2})?$/);
  await page.goto('/admin/demo/clients?sort=newest');
  await expect(page.getByRole('heading', { name: 'Clienti' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Ordina per' })).toHaveValue('newest');
  await expectNoAxeViolations(page);
});
