import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

test.use({ locale: 'en-GB' });

test('forgot password: a code by email, a new password, then sign-in with it (no automatic sign-in)', async ({
  page,
  request,
}) => {
  const card = 'jack.davies@example.com';
  await page.goto('/p/acme/sign-in?method=password');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email or mobile number').fill(card);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(page.getByText('If this belongs to a client of Acme Physio, we have sent a code to')).toBeVisible();
  await expectNoAxeViolations(page);

  let text = '';
  await expect
    .poll(async () => {
      const { messages } = (await (await request.get(`/api/dev/outbox?to=${card}`)).json()) as {
        messages: { text: string }[];
      };
      return (text = messages[0]?.text ?? '');
    })
    .toMatch(/reset your password/i);
  const code = /\b(\d{6})\b/.exec(text)![1];

  await page.getByLabel('6-digit code').fill(code);
  await page.getByLabel('New password').fill('password123');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This password is too common' })).toBeVisible();

  await page.getByLabel('New password').fill('quiet river 7 lanterns');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page).toHaveURL(/\/p\/acme\/sign-in\?method=password&reset=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Your password has been changed' })).toBeVisible();

  await page.getByLabel('Email or mobile number').fill(card);
  await page.getByLabel('Password').fill('quiet river 7 lanterns');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  await expect(page.getByRole('button', { name: 'Your account: Jack Davies' })).toBeVisible();
});
