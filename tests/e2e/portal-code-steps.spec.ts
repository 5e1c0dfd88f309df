import { expect, test } from './fixtures';
import { ensureClient, expectNoAxeViolations, mailbox } from './helpers';

test.use({ locale: 'en-GB' });

const person = { email: 'iris.cole@example.com', password: 'copper lantern 61 bay' };

test.beforeAll(async () => {
  await ensureClient({ portal: 'acme', ...person, firstName: 'Iris', lastName: 'Cole' });
});

test('the code step survives a reload; a wrong code is explained under the field, with focus there', async ({
  page,
  request,
}) => {
  await page.goto('/p/acme/sign-in');
  await page.getByLabel('Email or mobile number').fill(person.email);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(page.getByText('we have sent a code to i•••e@e•••e.com')).toBeVisible();
  const code = /\b(\d{6})\b/.exec((await mailbox(request, person.email)).text)![1];

  await page.reload();
  await expect(page.getByText('we have sent a code to i•••e@e•••e.com')).toBeVisible();
  const field = page.getByLabel('6-digit code');
  await field.fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/That code is not right/);
  await expectNoAxeViolations(page);

  // another address inside the resend window: the page does not claim a code it could not send
  await page.getByRole('button', { name: 'Use a different email or number' }).click();
  await page.getByLabel('Email or mobile number').fill('someone.else@example.com');
  await expect(page.getByRole('button', { name: /You can ask for another code in \d+ s/ })).toBeDisabled();

  // the right code still works: back to it, from the stored step
  await page.reload();
  await page.getByLabel('6-digit code').fill(code);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  // once signed in, the sign-in page starts over (signed out first: the dashboard's prefetches, still in
  // flight, would otherwise bring a renewed session cookie back after it was cleared)
  await page.waitForLoadState('networkidle');
  await page.context().clearCookies();
  await page.goto('/p/acme/sign-in');
  await expect(page.getByLabel('Email or mobile number')).toBeVisible();
});

test('forgot password: a too-common password is explained under the new password; a used link says so at once', async ({
  page,
  request,
}) => {
  await page.goto('/p/acme/forgot-password');
  await page.getByLabel('Email or mobile number').fill(person.email);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  let mail = await mailbox(request, person.email);
  await expect
    .poll(async () => (mail = await mailbox(request, person.email)).subject)
    .toMatch(/^Reset your Acme Physio password/);
  const code = /\b(\d{6})\b/.exec(mail.text)![1];
  const link = /(\/p\/acme\/forgot-password\/link\?token=[\w-]+)/.exec(mail.text)![1];

  await page.getByLabel('6-digit code').fill(code);
  const password = page.getByLabel('New password');
  await password.fill('password123');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(password).toBeFocused();
  await expect(password).toHaveAccessibleDescription(/too common/);
  await expect(page.getByLabel('6-digit code')).not.toHaveAttribute('aria-invalid', 'true');

  await password.fill(person.password);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page).toHaveURL(/\/p\/acme\/sign-in\?method=password&reset=1$/);

  // the code was used, and with it the emailed link: its page says so before asking anything
  await page.goto(link);
  await expect(page.getByRole('alert').filter({ hasText: 'This link has expired or was already used.' })).toBeVisible();
  await expect(page.getByLabel('New password')).toHaveCount(0);
  await page.getByRole('link', { name: 'Send me a new code' }).click();
  await expect(page).toHaveURL(/\/p\/acme\/forgot-password$/);
});
