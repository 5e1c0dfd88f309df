import { expect, test } from './fixtures';
import { ensureDemoStaff, expectNoAxeViolations, staffSignIn } from './helpers';
import { workerDb } from './worker';

// Restricted pages (issue 10, seed 003): an admin writes a page, gives a client access until
// tomorrow; the client sees it; the admin ends the access; the client no longer does.
const admin = { email: 'pages.admin@example.com', password: 'pages-admin-password-2026' };
const SLUG = 'e2e-members';

async function removePage() {
  const db = workerDb();
  await db.restrictedPage.deleteMany({ where: { slug: SLUG } });
  await db.$disconnect();
}
test.beforeAll(async () => {
  await ensureDemoStaff({ ...admin, role: 'admin' });
  await removePage();
});
test.afterAll(removePage);

test('access until tomorrow shows the page to the client; ending it takes it away', async ({ page, browser }) => {
  const db = workerDb();
  const { timezone } = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  await db.$disconnect();
  const day = (offset: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(new Date(Date.now() + offset * 86_400_000));

  await staffSignIn(page, admin);
  await page.goto('/admin/demo/pages');
  await page.getByRole('link', { name: 'New page' }).click();
  await page.getByLabel('Title').fill('Members area');
  await page.getByLabel('Address').fill(SLUG);
  await page
    .getByLabel('Text', { exact: true })
    .fill('# Welcome, members\n\nThe **first lesson** is below.\n\n<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Save page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Members area' })).toBeVisible();
  await expectNoAxeViolations(page);

  const grant = page.getByRole('form', { name: 'Give access' });
  await grant.getByLabel('Email addresses').fill('demo.client@example.com');
  await grant.getByLabel('From').fill(day(0));
  await grant.getByLabel('Until (last day)').fill(day(-1));
  await grant.getByRole('button', { name: 'Give access' }).click();
  await expect(grant.getByText('The access cannot end before it starts.')).toBeVisible();
  await grant.getByLabel('Until (last day)').fill(day(1));
  await grant.getByRole('button', { name: 'Give access' }).click();
  await expect(grant.getByText('1 client has access.')).toBeVisible();
  const clients = page.getByRole('region', { name: 'Clients' });
  await expect(clients.getByText('Current', { exact: true })).toBeVisible();

  const portal = await (await browser.newContext()).newPage();
  await portal.goto('/p/demo/sign-in?method=password');
  await portal.getByLabel('Email or mobile number').fill('demo.client@example.com');
  await portal.getByLabel('Password').fill('portico-demo-client');
  await portal.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(portal).toHaveURL(/\/p\/demo\/dashboard/);
  await portal.goto(`/p/demo/pages/${SLUG}`);
  await expect(portal.getByRole('heading', { level: 2, name: 'Welcome, members' })).toBeVisible();
  await expect(portal.getByText('first lesson')).toBeVisible();
  await expect(portal.getByText('<script>alert(1)</script>')).toBeVisible();

  await clients.getByRole('button', { name: /^End access of .+ now$/ }).click();
  await expect(clients.getByText('Ended', { exact: true })).toBeVisible();
  await portal.reload();
  await expect(portal.getByText(/Your access to this page ended on/)).toBeVisible();
  await expect(portal.getByText('first lesson')).toHaveCount(0);
});
