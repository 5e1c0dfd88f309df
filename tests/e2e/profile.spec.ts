import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test.use({ locale: 'en-GB' });

test('edit the card: name, custom fields, and the preferred language the portal then speaks', async ({ page }) => {
  await page.goto('/p/demo/sign-in?method=password');
  await page.getByLabel('Email or mobile number').fill('demo.client@example.com');
  await page.getByLabel('Password').fill('portico-demo-client');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Portal sections' }).getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('First name').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter your first name.')).toBeVisible();

  await page.getByLabel('First name').fill('Demetra');
  // the business's own field, labelled in the reader's language
  await page.getByLabel('Preferences').fill('Morning appointments');
  await expect(page.getByLabel('Date of birth')).toHaveAttribute('type', 'date');
  // a choice field is a select of its options
  await expect(page.getByRole('combobox', { name: 'Reminders by' }).getByRole('option')).toHaveText([
    '—',
    'Email',
    'SMS',
  ]);
  await page.getByLabel('Preferred language').selectOption('it');
  await page.getByRole('button', { name: 'Save' }).click();
  // the confirmation comes in the language just chosen, and the header speaks it
  await expect(page.getByRole('status').filter({ hasText: 'I tuoi dati sono stati salvati.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Il tuo account: Demetra Client' })).toBeVisible();
  await page.getByRole('button', { name: 'Il tuo account: Demetra Client' }).click();
  await expect(page.getByRole('button', { name: 'Italiano' })).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'I tuoi dati' })).toBeVisible();
  await expect(page.getByLabel('Nome', { exact: true })).toHaveValue('Demetra');
  await expect(page.getByLabel('Preferenze')).toHaveValue('Morning appointments');
});
