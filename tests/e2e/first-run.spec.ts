import { copyFileSync, rmSync } from 'node:fs';
import { generate } from 'otplib';
import { answering, startServer } from '../support/start-server';
import { expect, serverEnv, test as base } from './fixtures';
import { expectNoAxeViolations, mailbox } from './helpers';
import { worker } from './worker';

/**
 * A second server of the same build on an empty database (migrated by scripts/test.mjs), with
 * public sign-up on: a fresh copy for every test and every attempt, so a retry starts clean.
 */
const test = base.extend<{ emptyURL: string }>({
  emptyURL: async ({}, provide) => {
    const port = worker.port + 2;
    const file = `data/e2e-empty-${worker.index}.db`;
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    copyFileSync('data/e2e-empty.db', file);
    const origin = `http://localhost:${port}`;
    const server = startServer({
      port,
      keepLines: false,
      env: {
        ...serverEnv(origin),
        DATABASE_URL: `file:./${file}`,
        STORAGE_DIR: `./data/e2e-empty-storage-${worker.index}`,
        PORTICO_PUBLIC_SIGNUP: '1',
      },
    });
    await answering(`http://127.0.0.1:${port}`, '/');
    await provide(origin);
    server.child.kill();
    await server.exited;
  },
});

test('on an empty database, /admin opens the first-run setup: business, owner, then the authenticator app', async ({
  page,
  browser,
  request,
  emptyURL,
}) => {
  await page.goto(`${emptyURL}/admin`);
  await expect(page).toHaveURL(/\/admin\/setup$/);
  await expect(page.getByRole('heading', { name: 'Set up Portico' })).toBeVisible();
  await expectNoAxeViolations(page);

  // bad input: explained under the fields, nothing created
  await page.getByLabel('Business name').fill('Studio Aurora');
  await page.getByLabel('Portal address').fill('admin');
  await page.getByLabel('Your name').fill('Elena Ricci');
  await page.getByLabel('Your email').fill('elena@example.com');
  await page.getByLabel('New password').fill('password');
  await page.getByRole('button', { name: 'Create the business' }).click();
  await expect(page.getByText('This address is reserved. Choose another one.')).toBeVisible();
  await page.getByLabel('Portal address').fill('studio-aurora');
  await page.getByRole('button', { name: 'Create the business' }).click();
  await expect(page.getByText('This password is too common. Choose another one.')).toBeVisible();

  await page.getByLabel('New password').fill('aurora-owner-password-2026');
  await page.getByRole('button', { name: 'Create the business' }).click();
  // owners set up the app before anything else
  await expect(page).toHaveURL(/\/admin\/security$/, { timeout: 20_000 }); // the owner's password is hashed at the production cost
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const secret = (await page.getByTestId('totp-key').textContent())!.trim();
  await page.getByLabel('Code from the app').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) }));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!;

  // signed in again with the second factor, the owner finds the creation in the audit log
  await page.getByRole('link', { name: 'Sign in again' }).click();
  await page.getByLabel('Email').fill('elena@example.com');
  await page.getByLabel('Password').fill('aurora-owner-password-2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('App code or recovery code').fill(recovery);
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('link', { name: 'Studio Aurora' }).click();
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await expect(page.getByText('No clients yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Audit log' }).click();
  const created = page.getByRole('row').filter({ hasText: 'Business created' });
  await expect(created.getByRole('cell', { name: 'Elena Ricci' })).toBeVisible();
  await expectNoAxeViolations(page);

  // the owner exports the (filtered) list: a CSV with a byte-order mark, the headers in English
  await page.getByRole('link', { name: 'Clients' }).click();
  const download = await page.request.get(
    await page
      .getByRole('link', { name: 'Export CSV' })
      .getAttribute('href')
      .then((h) => `${emptyURL}${h}`),
  );
  expect(download.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(download.headers()['content-disposition']).toMatch(/clients-studio-aurora-\d{4}-\d{2}-\d{2}\.csv/);
  expect((await download.text()).startsWith('\uFEFFFirst name,Last name,Email')).toBe(true);

  // staff: invite by email, the invitee joins from the link in another browser, then is removed
  await page.getByRole('link', { name: 'Staff' }).click();
  await page.getByRole('textbox', { name: 'Email' }).fill('marco@example.com');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText('Invitation sent to marco@example.com.')).toBeVisible();
  await expectNoAxeViolations(page);
  const mail = await mailbox(request, 'marco@example.com');
  const link = /https?:\/\/\S+\/admin\/invite\?token=[\w-]+/.exec(mail.text)![0];
  const invitee = await browser.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { name: 'Join Studio Aurora' })).toBeVisible();
  await invitee.getByLabel('Your name').fill('Marco Neri');
  await invitee.getByLabel('New password').fill('marco-staff-password-26');
  await invitee.getByRole('button', { name: 'Join' }).click();
  await expect(invitee.getByRole('heading', { name: 'Your businesses' })).toBeVisible();
  await invitee.goto(link);
  await expect(invitee.getByText('This invitation link has been used, replaced or has expired.')).toBeVisible();

  await page.reload();
  const row = page.getByRole('listitem').filter({ hasText: 'Marco Neri' });
  await row.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Marco Neri' })).toHaveCount(0);
  await invitee.goto(`${emptyURL}/admin`);
  await expect(invitee).toHaveURL(/\/admin\/sign-in/);
  // the last owner cannot be demoted
  await page.getByRole('combobox', { name: 'Role of Elena Ricci' }).selectOption('staff');
  await expect(page.getByText('The business needs at least one owner.')).toBeVisible();

  // an owner adds another business, theirs too; the header switches between them
  await page.goto(`${emptyURL}/admin`);
  await page.getByRole('link', { name: 'Add a business' }).click();
  await page.getByLabel('Business name').fill('Aurora Due');
  await page.getByLabel('Portal address').fill('aurora-due');
  await page.getByRole('button', { name: 'Create the business' }).click();
  await expect(page).toHaveURL(/\/admin\/aurora-due\/clients$/);
  await page.getByText('Switch business').click();
  await page.getByRole('link', { name: 'Studio Aurora' }).click();
  await expect(page).toHaveURL(/\/admin\/studio-aurora\/clients$/);

  // the setup is closed now; the portal exists
  const closed = await page.goto(`${emptyURL}/admin/setup`);
  expect(closed?.status()).toBe(404);
  await page.goto(`${emptyURL}/p/studio-aurora`);
  await expect(page.getByRole('heading', { name: /Studio Aurora/ })).toBeVisible();
});

test('public sign-up, when turned on: a new owner proves their email with a code and opens a business', async ({
  page,
  request,
  emptyURL,
}) => {
  // off by default (the main test server): the page does not exist
  expect((await page.goto('/admin/sign-up'))?.status()).toBe(404);

  await page.goto(`${emptyURL}/admin/sign-up`);
  await expect(page.getByRole('heading', { level: 1, name: 'Open your business on Portico' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Your email').fill('founder@example.com');
  await page.getByRole('button', { name: 'Send the code' }).click();
  await expect(page.getByText('We sent a 6-digit code to founder@example.com.')).toBeVisible();
  await page.getByLabel('Code from the email').fill('000000');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('That code is not right.', { exact: false })).toBeVisible();
  const mail = await mailbox(request, 'founder@example.com');
  const code = /\b\d{6}\b/.exec(mail.subject)![0];
  await page.getByLabel('Code from the email').fill(code);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Email confirmed: founder@example.com.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Your email')).toHaveValue('founder@example.com');

  await page.getByLabel('Business name').fill('Palestra Levante');
  await page.getByLabel('Portal address').fill('palestra-levante');
  await page.getByLabel('Your name').fill('Franco Levi');
  await page.getByLabel('New password').fill('levante-owner-password-2026');
  await page.getByRole('button', { name: 'Create the business' }).click();
  await expect(page).toHaveURL(/\/admin\/security$/, { timeout: 20_000 });
});
