import { expect, test } from './fixtures';
import { expectNoAxeViolations, mailbox } from './helpers';

test.use({ locale: 'en-GB' });

test('edit the card: name, custom fields, and the preferred language the portal then speaks', async ({ page }) => {
  await page.goto('/p/demo/sign-in?method=password');
  await page.getByLabel('Email or mobile number').fill('demo.client@example.com');
  await page.getByLabel('Password').fill('portico-demo-client');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
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

test('a language saved in Studio Demo’s portal stays there: Acme Physio still writes in English', async ({
  browser,
  request,
}) => {
  const demo = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await demo.goto('/p/demo/sign-in?method=password');
  await demo.getByLabel('Email or mobile number').fill('demo.client@example.com');
  await demo.getByLabel('Password').fill('portico-demo-client');
  await demo.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(demo).toHaveURL(/\/p\/demo\/dashboard$/);
  await demo.goto('/p/demo/profile');
  await demo.getByLabel('Preferred language').selectOption('it');
  await demo.getByRole('button', { name: 'Save' }).click();
  await expect(demo.getByRole('status').filter({ hasText: 'I tuoi dati sono stati salvati.' })).toBeVisible();

  // another browser, another business: its reset email follows Acme's card (no preference) and default
  const acme = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await acme.goto('/p/acme/forgot-password');
  await acme.getByLabel('Email or mobile number').fill('demo.client@example.com');
  await acme.getByRole('button', { name: 'Send me a code' }).click();
  await expect
    .poll(async () => (await mailbox(request, 'demo.client@example.com')).subject)
    .toMatch(/^Reset your Acme Physio password/);
  await acme.goto('/p/acme/sign-in?method=password');
  await acme.getByLabel('Email or mobile number').fill('demo.client@example.com');
  await acme.getByLabel('Password').fill('portico-demo-client');
  await acme.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(acme).toHaveURL(/\/p\/acme\/dashboard$/);
  await acme.goto('/p/acme/profile');
  // Acme's card keeps its own choice (none, or English chosen there), never Studio Demo's Italian
  await expect(acme.getByLabel('Preferred language')).not.toHaveValue('it');
});
