import { expect, test } from './fixtures';
import {
  enableTestAuthenticator,
  ensureDemoStaff,
  expectNoAxeViolations,
  staffSignIn,
  testPasswordHash,
} from './helpers';
import { workerDb } from './worker';

// Seed 001 "Edit the Client Portal URL" (issue 10): the address changes, the old one and its
// deep links answer 308 to the new one. A business of its own, so other tests keep theirs.
const admin = { email: 'address.admin@example.com', password: 'address-admin-password-2026' };

test.beforeAll(async () => {
  const db = workerDb();
  await db.business.deleteMany({ where: { slug: { in: ['ponte-vecchio', 'ponte-nuovo'] } } });
  const business = await db.business.create({
    data: { slug: 'ponte-vecchio', name: 'Studio Ponte', country: 'IT', defaultLocale: 'it', timezone: 'Europe/Rome' },
  });
  const identity = await db.identity.upsert({
    where: { email: admin.email },
    create: { email: admin.email, name: 'Piero Ponte', passwordHash: await testPasswordHash(admin.password) },
    update: {},
  });
  await db.staffMember.create({
    data: { businessId: business.id, identityId: identity.id, role: 'admin', displayName: 'Piero Ponte' },
  });
  await db.$disconnect();
  await enableTestAuthenticator(admin.email);
});

test('an admin changes the portal address; the old address and its deep links redirect with 308', async ({ page }) => {
  await staffSignIn(page, admin);
  await page.goto('/admin/ponte-vecchio/portal');
  const edit = page.getByRole('region', { name: 'Change the address' });
  await expectNoAxeViolations(page);

  await edit.getByLabel('New portal address').fill('demo');
  await edit.getByRole('button', { name: 'Save the address' }).click();
  await expect(edit.getByText('This address is already taken. Choose another one.')).toBeVisible();
  await edit.getByLabel('New portal address').fill('admin');
  await edit.getByRole('button', { name: 'Save the address' }).click();
  await expect(edit.getByText('This address is reserved. Choose another one.')).toBeVisible();

  await edit.getByLabel('New portal address').fill('ponte-nuovo');
  await edit.getByRole('button', { name: 'Save the address' }).click();
  await expect(page).toHaveURL(/\/admin\/ponte-nuovo\/portal\?changed=1$/);
  await expect(page.getByText('The portal address is changed.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Share this address with your clients')).toHaveValue(/\/p\/ponte-nuovo$/);

  for (const [from, to] of [
    ['/p/ponte-vecchio', '/p/ponte-nuovo'],
    ['/p/ponte-vecchio/sign-in?method=password', '/p/ponte-nuovo/sign-in?method=password'],
    ['/p/ponte-vecchio/pages/orari', '/p/ponte-nuovo/pages/orari'],
  ]) {
    const response = await page.request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(
      new URL(response.headers().location, 'http://x').pathname +
        new URL(response.headers().location, 'http://x').search,
    ).toBe(to);
  }
  await page.goto('/p/ponte-vecchio');
  await expect(page).toHaveURL(/\/p\/ponte-nuovo$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Studio Ponte');
  // an address nobody used is still a 404
  expect((await page.request.get('/p/ponte-mai-esistito', { maxRedirects: 0 })).status()).toBe(404);

  // old admin addresses (links in earlier staff emails) redirect too, for the business's staff (issue 25 §5.2)
  const old = await page.request.get('/admin/ponte-vecchio/clients?q=Rossi', { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(/\/admin\/ponte-nuovo\/clients\?q=Rossi$/);
  await page.goto('/admin/ponte-vecchio/settings');
  await expect(page).toHaveURL(/\/admin\/ponte-nuovo\/settings$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await page.request.get('/admin/ponte-mai-esistito', { maxRedirects: 0 })).status()).toBe(404);
});

test('staff of another business get the same 404 for a business’s old admin address', async ({ page }) => {
  const other = { email: 'other.business@example.com', password: 'other-business-password-2026' };
  await ensureDemoStaff({ ...other, role: 'admin' });
  await staffSignIn(page, other);
  expect((await page.request.get('/admin/ponte-vecchio/clients', { maxRedirects: 0 })).status()).toBe(404);
});
