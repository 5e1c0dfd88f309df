import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { callServerAction, ensureDemoStaff, expectNoAxeViolations, staffSignIn } from './helpers';

// Import a client list (seed 001, issue 9): an Italian Excel export read, mapped, checked
// row by row, imported once confirmed; a file that is not a CSV is refused; a role
// without the permission is refused on the server.
const admin = { email: 'import.admin@example.com', password: 'import-admin-password-2026' };
const reception = { email: 'reception@demo.example.com', password: 'studio-demo-staff-2026' };

test.beforeAll(() => ensureDemoStaff({ ...admin, role: 'admin' }));

test('an admin imports an Italian Excel export: mapping, row report, download, import', async ({ page }) => {
  await staffSignIn(page, admin);
  await page.goto('/admin/demo/clients');
  await page.getByRole('link', { name: 'Import a list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a client list' })).toBeVisible();

  // not a CSV: a clear refusal, nothing else happens
  await page.getByLabel('CSV file').setInputFiles({
    name: 'clienti.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
  });
  await page.getByRole('button', { name: 'Read file' }).click();
  await expect(page.getByText('This is not a CSV file. In Excel, use File › Save as › CSV.')).toBeVisible();

  await page.getByLabel('CSV file').setInputFiles('tests/fixtures/clienti-excel-it.csv');
  await page.getByRole('button', { name: 'Read file' }).click();
  await expect(page.getByText('9 rows read (WINDOWS-1252, columns separated by “;”).')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Where column “Nome” goes' })).toHaveValue('firstName');
  await expect(page.getByRole('combobox', { name: 'Where column “Telefono” goes' })).toHaveValue('phone');
  await expect(page.getByText('Niccolò', { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // without the email and phone columns the rows cannot be recognised
  await page.getByRole('combobox', { name: 'Where column “E-mail” goes' }).selectOption('');
  await page.getByRole('combobox', { name: 'Where column “Telefono” goes' }).selectOption('');
  await page.getByRole('button', { name: 'Check rows' }).click();
  await expect(page.getByText('Choose the column with the email or the mobile number')).toBeVisible();
  await page.getByRole('combobox', { name: 'Where column “E-mail” goes' }).selectOption('email');
  await page.getByRole('combobox', { name: 'Where column “Telefono” goes' }).selectOption('phone');

  await page.getByRole('button', { name: 'Check rows' }).click();
  await expect(page.getByText('2 new, 2 updated, 0 skipped, 5 refused.')).toBeVisible();
  const problems = page.getByRole('table', { name: 'Rows refused or skipped' });
  await expect(problems.getByRole('row', { name: /^7 Refused not a valid email \(mario\.rossi@\)$/ })).toBeVisible();
  await expect(problems.getByRole('row', { name: /^10 Refused the row does not have the columns/ })).toBeVisible();
  // before anything is written: whose card each update changes, and each field old → new
  const updates = page.getByRole('table', { name: 'Cards this import changes: each field, before → after' });
  await expect(
    updates.getByRole('row', { name: "4 Demo Client Notes: (empty) → Aggiornato dall'elenco" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the report' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('import-report.csv');
  const report = readFileSync((await download.path())!, 'utf8');
  expect(report).toContain('Row,Result,Reason');
  expect(report).toContain('5,Updated,same email or mobile number as an earlier row (niccolo.bernabe@example.com)');

  await page.getByRole('button', { name: 'Import 4 rows' }).click();
  await expect(page.getByText('Imported: 2 new, 2 updated, 0 skipped, 5 refused.')).toBeVisible();
  await page.getByRole('link', { name: 'See your clients' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('Bernabè');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toHaveText('1 client');
  await expect(page.getByRole('table').getByRole('link', { name: 'Niccolò Bernabè' })).toBeVisible();
});

test('the staff role cannot import: no link, a 403 page, and the actions refuse when called directly', async ({
  page,
}) => {
  await staffSignIn(page, reception);
  await page.goto('/admin/demo/clients');
  await expect(page.getByRole('link', { name: 'Import a list' })).toHaveCount(0);
  const response = await page.goto('/admin/demo/clients/import');
  expect(response?.status()).toBe(403);
  const direct = await callServerAction(
    page,
    '/admin/demo/clients',
    'lib/actions/admin-import.ts',
    'analyzeImportAction',
    ['demo', '$undefined'],
  );
  expect(direct.text).toContain('"forbidden"');
});
