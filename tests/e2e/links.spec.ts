import { createHash, randomBytes } from 'node:crypto';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, mailbox } from './helpers';
import { workerDb } from './worker';

// The two pages reached from an email link: the sign-in link's confirmation page and the
// welcome ("create your login") page. Both get the same axe check as every portal page.

// Its own client address (as a proxy would send it): the per-IP hourly cap on codes (20) is
// shared by every browser test from 127.0.0.1, and this file must not depend on how many ran before.
test.use({ locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.43' } });

test('the sign-in link opens a confirmation page (mail scanners cannot use it up), then signs in once', async ({
  page,
  request,
}) => {
  const email = 'emily.robinson@example.com';
  await page.goto('/p/acme/sign-in');
  await page.getByLabel('Email or mobile number').fill(email);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  const link = /(http:\/\/\S+\/p\/acme\/sign-in\/link\?token=[\w-]+)/.exec((await mailbox(request, email)).text)![1];

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Acme Physio' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  await expect(page.getByRole('button', { name: 'Your account: Emily Robinson' })).toBeVisible();

  // used up
  await page.context().clearCookies();
  await page.goto(link);
  // said at once: no button that cannot work
  await expect(
    page.getByRole('alert').filter({ hasText: 'This sign-in link has expired or was already used.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Send me a new code' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the welcome link lets a card made by staff choose a password; a used link explains itself', async ({ page }) => {
  // the admin's "send welcome" button belongs to the admin issue: make the link as sendWelcome does
  const db = workerDb();
  const token = randomBytes(32).toString('base64url');
  const card = await db.client.findFirstOrThrow({
    where: { email: 'grace.walker@example.com', business: { slug: 'acme' } },
  });
  await db.authToken.create({
    data: {
      purpose: 'welcome',
      businessId: card.businessId,
      clientId: card.id,
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(Date.now() + 7 * 24 * 3600_000),
    },
  });
  await db.$disconnect();

  await page.goto(`/p/acme/welcome?token=${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Create your login for Acme Physio' })).toBeVisible();
  await expect(page.getByText('Hello Grace, choose a password for grace.walker@example.com.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('New password').fill('password');
  await page.getByRole('button', { name: 'Create login' }).click();
  await expect(page.getByText(/common/i)).toBeVisible();
  await page.getByLabel('New password').fill('lantern orchard velvet 42');
  await page.getByRole('button', { name: 'Create login' }).click();
  await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);

  await page.context().clearCookies();
  await page.goto(`/p/acme/welcome?token=${token}`);
  await expect(page.getByText('This link has expired, was already used, or a newer one was sent.')).toBeVisible();
  await expectNoAxeViolations(page);
});
