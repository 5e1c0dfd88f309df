import { expect, test } from './fixtures';
import { clientSignIn, ensureClient, expectNoAxeViolations, mailbox } from './helpers';

test.use({ locale: 'en-GB' });

const person = { email: 'nora.hughes@example.com', password: 'amber kettle 58 hills' };

test.beforeEach(async () => {
  await ensureClient({ portal: 'acme', ...person, firstName: 'Nora', lastName: 'Hughes' });
});

test('"Sign out" ends this browser only; "Sign out everywhere" ends every one', async ({ browser }) => {
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  const tablet = await (await browser.newContext()).newPage();
  for (const page of [laptop, phone, tablet]) await clientSignIn(page, 'acme', person, { newSession: true });

  await laptop.getByRole('button', { name: 'Your account: Nora Hughes' }).click();
  await laptop.getByRole('button', { name: 'Sign out' }).click();
  await expect(laptop).toHaveURL(/\/p\/acme$/);
  await phone.goto('/p/acme/schedule');
  await expect(phone.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();

  await phone.goto('/p/acme/security');
  await phone.getByRole('button', { name: 'Sign out everywhere' }).click();
  const dialog = phone.getByRole('alertdialog', { name: 'Sign out everywhere?' });
  await expect(dialog).toContainText('this one included');
  await dialog.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(phone).toHaveURL(/\/p\/acme$/);
  await tablet.goto('/p/acme/schedule');
  await expect(tablet).toHaveURL(/\/p\/acme\/sign-in/);
});

test('change the password on the Security page: errors under their field, other devices signed out, an email', async ({
  browser,
  request,
}) => {
  const page = await (await browser.newContext()).newPage();
  const other = await (await browser.newContext()).newPage();
  await clientSignIn(page, 'acme', person);
  await clientSignIn(other, 'acme', person);
  await page.goto('/p/acme/security');
  const section = page.getByRole('region', { name: 'Password' });
  await section.getByLabel('Current password').fill('not the password');
  await section.getByLabel('New password').fill('violet harbour 93 kites');
  await section.getByRole('button', { name: 'Change password' }).click();
  const current = section.getByLabel('Current password');
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(current).toBeFocused();
  await expect(current).toHaveAccessibleDescription(/That is not your current password/);

  await current.fill(person.password);
  await section.getByLabel('New password').fill('password123');
  await section.getByRole('button', { name: 'Change password' }).click();
  await expect(section.getByLabel('New password')).toHaveAccessibleDescription(/too common/);
  await expect(section.getByLabel('New password')).toBeFocused();

  await section.getByLabel('New password').fill('violet harbour 93 kites');
  await section.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible();
  await expectNoAxeViolations(page);
  // this browser stays signed in, the other is signed out
  await page.goto('/p/acme/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await other.goto('/p/acme/schedule');
  await expect(other).toHaveURL(/\/p\/acme\/sign-in/);
  const mail = await mailbox(request, person.email);
  expect(mail.subject).toBe('Your password was changed');

  await clientSignIn(other, 'acme', { email: person.email, password: 'violet harbour 93 kites' });
});
