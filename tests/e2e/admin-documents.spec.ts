import { expect, test } from './fixtures';
import { ensureDemoStaff, expectNoAxeViolations, staffSignIn } from './helpers';
import { workerDb } from './worker';

// Documents (issue 10): staff add a document to a client's card and share it; the client
// downloads it from the portal; unshared, it is gone. A file that is not a document is refused.
const admin = { email: 'documents.admin@example.com', password: 'documents-admin-password-2026' };
const TITLE = 'E2E treatment plan';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

async function removeDocuments() {
  const db = workerDb();
  await db.document.deleteMany({ where: { title: TITLE } });
  await db.$disconnect();
}
test.beforeAll(async () => {
  await ensureDemoStaff({ ...admin, role: 'admin' });
  await removeDocuments();
});
test.afterAll(removeDocuments);

test('staff share a document with a client, who downloads it; unshared, it is gone', async ({ page, browser }) => {
  const db = workerDb();
  const card = await db.client.findFirstOrThrow({
    where: { email: 'demo.client@example.com', business: { slug: 'demo' } },
  });
  await db.$disconnect();
  await staffSignIn(page, admin);
  await page.goto(`/admin/demo/clients/${card.id}`);
  const add = page.getByRole('form', { name: 'Add a document' });
  await add.getByLabel('File').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') });
  await add.getByRole('button', { name: 'Upload' }).click();
  await expect(add.getByRole('alert')).toContainText('This kind of file is not accepted.');

  await add.getByLabel('File').setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: pdf });
  await add.getByLabel('Title (optional)').fill(TITLE);
  await add.getByRole('button', { name: 'Upload' }).click();
  await expect(add.getByRole('status')).toContainText('Added and shared');
  await expect(page.getByRole('link', { name: `Download ${TITLE}` })).toBeVisible();
  await expectNoAxeViolations(page);

  const portal = await (await browser.newContext()).newPage();
  await portal.goto('/p/demo/sign-in?method=password');
  await portal.getByLabel('Email or mobile number').fill('demo.client@example.com');
  await portal.getByLabel('Password').fill('portico-demo-client');
  await portal.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(portal).toHaveURL(/\/p\/demo\/dashboard/);
  await portal.goto('/p/demo/documents');
  const downloading = portal.waitForEvent('download');
  await portal.getByRole('link', { name: 'Download plan.pdf' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('plan.pdf');

  await page.getByRole('button', { name: `Stop sharing ${TITLE}` }).click();
  await expect(page.getByRole('button', { name: `Share ${TITLE}` })).toBeVisible();
  await portal.reload();
  await expect(portal.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await expect(portal.getByRole('link', { name: 'Download plan.pdf' })).toHaveCount(0);
});

test('the Today page lists what needs attention and passes axe', async ({ page }) => {
  await staffSignIn(page, admin);
  await page.goto('/admin/demo/clients');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  for (const heading of [
    /^Today's appointments/,
    /^New files from clients/,
    /^Overdue invoices/,
    /^Messages that failed/,
  ])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
});
