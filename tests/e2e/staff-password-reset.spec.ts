import { expect, test } from './fixtures';
import { ensureDemoStaff, expectNoAxeViolations, mailbox, staffSignIn } from './helpers';

// Staff "Forgot password?" (issue 9): from the sign-in page to the emailed link to a new password.
const member = { email: 'forgetful.staff@example.com', password: 'forgetful-staff-password-1' };

test.beforeAll(() => ensureDemoStaff({ ...member, role: 'staff' }));

test('a staff member resets a forgotten password from the emailed link and signs in with the new one', async ({
  page,
}) => {
  await page.goto('/admin/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill(member.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText(
    'If this email belongs to a staff account, a link is on its way.',
  );

  const mail = await mailbox(page.request, member.email);
  expect(mail.subject).toBe('Reset your Portico password');
  const link = /http:\/\/[^\s"]+\/admin\/reset-password\?token=[\w-]+/.exec(mail.text)![0];
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password').fill('a-fresh-staff-password-2');
  await page.getByRole('button', { name: 'Save password' }).click();
  await expect(page.getByText('Your password is changed and every session ended.')).toBeVisible();

  // the link works once
  await page.goto(link);
  await page.getByLabel('New password').fill('a-third-staff-password-3');
  await page.getByRole('button', { name: 'Save password' }).click();
  await expect(page.getByText('This link has expired or was already used. Ask for a new one.')).toBeVisible();

  await staffSignIn(page, { email: member.email, password: 'a-fresh-staff-password-2' });
});
