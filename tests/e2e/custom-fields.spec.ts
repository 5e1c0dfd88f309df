import { expect, test } from './fixtures';
import { ensureDemoStaff, expectNoAxeViolations, staffSignIn } from './helpers';
import { workerDb } from './worker';

// Custom fields (issue 9): an admin defines them; staff fill them in on the client form;
// the client edits theirs in the profile, labelled in their language.
const admin = { email: 'fields.admin@example.com', password: 'fields-admin-password-2026' };

/** the fields this test makes; removed before (a retry) and after (later tests add clients without them) */
async function removeTestFields() {
  const db = workerDb();
  const business = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  await db.customFieldDefinition.deleteMany({
    where: {
      businessId: business.id,
      OR: [{ key: { startsWith: 'preferred_stylist' } }, { key: { startsWith: 'visits_a_month' } }],
    },
  });
  await db.client.deleteMany({ where: { businessId: business.id, lastName: 'Valsecchi' } });
  await db.$disconnect();
}
test.afterAll(removeTestFields);

test.beforeAll(async () => {
  await removeTestFields();
  await ensureDemoStaff({ ...admin, role: 'admin' });
});

test('an admin defines fields of each type; staff fill them in, checked by type; the client sees theirs in Italian', async ({
  page,
  browser,
}) => {
  await staffSignIn(page, admin);
  await page.goto('/admin/demo/clients');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Client fields' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Client fields' })).toBeVisible();
  await expectNoAxeViolations(page);

  // a field needs a label; a choice needs choices
  const add = page.getByRole('region', { name: 'Add a field' });
  await add.getByLabel('Type').selectOption('select');
  await add.getByRole('button', { name: 'Add field' }).click();
  await expect(add.getByText('Enter a label in at least one language.')).toBeVisible();
  await expect(add.getByText('Enter at least two choices, one per line.')).toBeVisible();

  await add.getByLabel('Label in English').fill('Preferred stylist');
  await add.getByLabel('Label in Italiano').fill('Stilista preferita');
  await add.getByLabel('Choices').fill('Anna\nMarco');
  await add.getByRole('button', { name: 'Add field' }).click();
  const list = page.getByRole('list', { name: 'Client fields' });
  await expect(list.getByText('Preferred stylist')).toBeVisible();

  await add.getByLabel('Label in English').fill('Visits a month');
  await add.getByLabel('Label in Italiano').fill('Visite al mese');
  await add.getByLabel('Type').selectOption('number');
  await add.getByLabel('Required').check();
  await add.getByLabel('Clients can edit it in their profile').uncheck();
  await add.getByRole('button', { name: 'Add field' }).click();
  await expect(list.getByText('Visits a month')).toBeVisible();
  await expect(list.getByRole('listitem').last()).toContainText('Visits a month');

  // order: the stylist goes up one place, above the text field before it
  const before = await list.getByRole('listitem').allTextContents();
  const at = before.findIndex((t) => t.includes('Preferred stylist'));
  await page.getByRole('button', { name: 'Move Preferred stylist up' }).click();
  await expect(list.getByRole('listitem').nth(at - 1)).toContainText('Preferred stylist');

  // the staff's client form: each value checked by its type, nothing saved until right
  await page.goto('/admin/demo/clients/new');
  await page.getByLabel('First name').fill('Gemma');
  await page.getByLabel('Last name').fill('Valsecchi');
  await page.getByLabel('Visits a month').fill('often');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByText('Enter a number.')).toBeVisible();
  await page.getByLabel('Visits a month').fill('2');
  await page.getByLabel('Preferred stylist').selectOption('Marco');
  await page.getByLabel('Date of birth').fill('1988-07-14');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { name: 'Gemma Valsecchi' })).toBeVisible();
  const contact = page.getByRole('region', { name: 'Contact details' });
  await expect(contact.getByText('Marco')).toBeVisible();
  await expect(contact.getByText('14 Jul 1988')).toBeVisible();
  await expectNoAxeViolations(page);

  // the client's own profile, in Italian: the fields they may edit, labelled in Italian
  const context = await browser.newContext({ locale: 'it-IT' });
  const client = await context.newPage();
  await client.goto('/p/demo/sign-in?method=password');
  await client.getByLabel('Email o numero di cellulare').fill('demo.client@example.com');
  await client.getByLabel('Password').fill('portico-demo-client');
  await client.getByRole('button', { name: 'Accedi', exact: true }).click();
  await expect(client).toHaveURL(/\/p\/demo\/dashboard/);
  await client.goto('/p/demo/profile');
  await expect(client.getByRole('heading', { level: 1, name: 'I tuoi dati' })).toBeVisible();
  await expect(client.getByLabel('Visite al mese')).toHaveCount(0);
  await client.getByLabel('Stilista preferita').selectOption('Anna');
  await client.getByRole('button', { name: 'Salva' }).click();
  await expect(client.getByRole('status').filter({ hasText: 'I tuoi dati sono stati salvati.' })).toBeVisible();
  await expectNoAxeViolations(client);
  await context.close();
});
