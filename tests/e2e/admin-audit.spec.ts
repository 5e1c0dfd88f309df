import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, mailbox } from './helpers';

const reception = { email: 'reception@demo.example.com', password: 'studio-demo-staff-2026' };

test('resend the welcome email to a client who never signed in; the staff role may not open the audit log', async ({
  page,
  request,
}) => {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(reception.email);
  await page.getByLabel('Password').fill(reception.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
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
