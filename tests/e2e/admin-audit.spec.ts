import { expect, test } from './fixtures';
import { expectNoAxeViolations, mailbox } from './helpers';

const reception = { email: 'reception@demo.example.com', password: 'studio-demo-staff-2026' };

test('resend the welcome email to a client who never signed in; the staff role may not open the audit log', async ({
  page,
  request,
  browser,
}) => {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(reception.email);
  await page.getByLabel('Password').fill(reception.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your businesses' })).toBeVisible();

  await page.goto('/admin/demo/clients/new');
  await page.getByLabel('First name').fill('Ottavia');
  await page.getByLabel('Last name').fill('Quercioli');
  await page.getByRole('textbox', { name: 'Email' }).fill('ottavia.quercioli@example.com');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { name: 'Ottavia Quercioli' })).toBeVisible();
  await page.getByRole('button', { name: 'Resend welcome email' }).click();
  await expect(
    page.getByText('Sent to ottavia.quercioli@example.com. The earlier link no longer works.'),
  ).toBeVisible();
  const mail = await mailbox(request, 'ottavia.quercioli@example.com');
  expect(mail.text).toContain('/p/demo/welcome?token=');

  // "Reset password" next to the email (seed 000): the password arrives there; the client
  // signs in with it and must choose their own first
  await page.getByRole('button', { name: 'Reset password' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Send new password' }).click();
  await expect(page.getByText('A new password was sent to ottavia.quercioli@example.com.')).toBeVisible();
  let password = '';
  await expect
    .poll(
      async () =>
        (password =
          /\b[a-z2-9]{4}(?:-[a-z2-9]{4}){3}\b/.exec(
            (await mailbox(request, 'ottavia.quercioli@example.com')).text,
          )?.[0] ?? ''),
    )
    .not.toBe('');
  const context = await browser.newContext();
  const client = await context.newPage();
  await client.goto('/p/demo/sign-in?method=password');
  await client.getByLabel('Email or mobile number').fill('ottavia.quercioli@example.com');
  await client.getByLabel('Password').fill(password);
  await client.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(client).toHaveURL(/\/p\/demo\/choose-password$/);
  await expectNoAxeViolations(client);
  await client.getByLabel('New password').fill('ottavias-own-password-2026');
  await client.getByRole('button', { name: 'Save and continue' }).click();
  await expect(client).toHaveURL(/\/p\/demo\/dashboard$/);
  await context.close();

  // the staff role may not export; another business's export does not exist for them
  await page.goto('/admin/demo/clients');
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveCount(0);
  expect((await page.request.get('/api/admin/demo/clients/export')).status()).toBe(403);
  expect((await page.request.get('/api/admin/acme/clients/export')).status()).toBe(404);

  // no audit link for this role, and the page itself answers 403
  await expect(page.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  const response = await page.goto('/admin/demo/audit');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expectNoAxeViolations(page);
});
