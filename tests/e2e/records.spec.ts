import { expect, test } from './fixtures';
import { ensureDemoStaff, expectNoAxeViolations, staffSignIn, testPasswordHash } from './helpers';
import { workerDb } from './worker';

// Issue 25 as a salon owner and a client meet it: the usual tax rate and bank details in
// Settings (a wrong IBAN refused), the change in words in the audit log, an invoice that
// reads the same for the client (discount, taxes, note), paying by transfer with a QR code,
// and an amount typed the Italian way.
const admin = { email: 'records.admin@example.com', password: 'records-admin-password-2026' };
const client = { email: 'records.cliente@example.com', password: 'records-cliente-2026' };

async function cleanUp() {
  const db = workerDb();
  await db.client.deleteMany({ where: { email: client.email } });
  await db.identity.deleteMany({ where: { email: client.email } });
  await db.business.update({
    where: { slug: 'demo' },
    data: { defaultTaxRateBp: 0, bankIban: null, bankBic: null, bankAccountHolder: null },
  });
  await db.$disconnect();
}

let clientId = '';
test.beforeAll(async () => {
  await ensureDemoStaff({ ...admin, role: 'admin' });
  await cleanUp();
  const db = workerDb();
  const business = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  const identity = await db.identity.create({
    data: { email: client.email, emailVerifiedAt: new Date(), passwordHash: await testPasswordHash(client.password) },
  });
  clientId = (
    await db.client.create({
      data: {
        businessId: business.id,
        identityId: identity.id,
        firstName: 'Ștefan',
        lastName: 'Țăranu',
        email: client.email,
      },
    })
  ).id;
  await db.$disconnect();
});
test.afterAll(cleanUp);

test('settings to invoice to payment: the same figures everywhere, bank details with a QR code, amounts in the reader’s locale', async ({
  page,
  browser,
}) => {
  await staffSignIn(page, admin);
  await page.goto('/admin/demo/settings');
  const legal = page.getByRole('region', { name: 'Legal details for invoices' });
  await legal.getByLabel('Usual tax rate %').fill('22');
  await legal.getByLabel('Account holder').fill('Studio Demo S.r.l.');
  await legal.getByLabel('IBAN', { exact: true }).fill('IT60 X054 2811 1010 0000 0123 457');
  await legal.getByRole('button', { name: 'Save' }).click();
  await expect(
    legal.getByText('This IBAN is not valid: check the country code, the digits and the check digits.'),
  ).toBeVisible();
  await legal.getByLabel('IBAN', { exact: true }).fill('IT60 X054 2811 1010 0000 0123 456');
  await legal.getByRole('button', { name: 'Save' }).click();
  await expect(legal.getByRole('status')).toHaveText('Saved.');
  await expectNoAxeViolations(page);

  // the audit log says it in words, with the value before and after
  await page.goto('/admin/demo/audit?kind=business');
  const row = page.getByRole('row').filter({ hasText: 'Settings changed' }).first();
  await expect(row.getByRole('list', { name: 'Changes' })).toContainText('Usual tax rate %: 0% → 22%');
  await expect(row.getByRole('list', { name: 'Changes' })).toContainText('IBAN: (empty) → IT60X0542811101000000123456');

  // a new invoice's line starts with the usual rate
  await page.goto(`/admin/demo/invoices/new?client=${clientId}`);
  const line = page.getByRole('group', { name: 'Line 1' });
  await expect(line.getByLabel('Tax %')).toHaveValue('22');
  await line.getByLabel('Description').fill('Łódź ✓ piega');
  await line.getByLabel('Unit price').fill('50');
  await page.getByLabel('Discount').fill('5');
  await page.getByLabel('Note for the client').fill('Grazie, a presto!');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('button', { name: 'Issue and email the client' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Invoice 2026-\d{4}$/ })).toBeVisible();
  const invoiceUrl = new URL(page.url()).pathname;

  // the client's page shows the same discount, tax and note: 50 − 5 = 45 + 22 % = 54.90
  const portalContext = await browser.newContext();
  const portal = await portalContext.newPage();
  await portal.goto('/p/demo/sign-in?method=password');
  await portal.getByLabel('Email or mobile number').fill(client.email);
  await portal.getByLabel('Password').fill(client.password);
  await portal.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(portal).toHaveURL(/\/p\/demo\/dashboard$/);
  await portal.goto(invoiceUrl.replace(/^\/admin\/demo/, '/p/demo'));
  for (const [name, value] of [
    ['Subtotal', '€50.00'],
    ['Discount', '-€5.00'],
    ['Tax 22%', '€9.90'],
    ['Total', '€54.90'],
    ['Balance due', '€54.90'],
  ])
    await expect(
      portal
        .getByRole('region', { name: 'Items' })
        .getByRole('term')
        .filter({ hasText: new RegExp(`^${name}$`) })
        .locator('xpath=following-sibling::dd[1]'),
    ).toHaveText(value);
  await expect(portal.getByText('Grazie, a presto!')).toBeVisible();
  await expectNoAxeViolations(portal);

  // "Pay now" without Stripe: the transfer instructions carry the bank details and a QR code
  await portal.getByRole('button', { name: 'Pay now' }).click();
  await expect(portal.getByText('IT60 X054 2811 1010 0000 0123 456')).toBeVisible();
  await expect(
    portal.getByRole('img', { name: /^Payment QR code: €54\.90 to Studio Demo S\.r\.l\., reference ORD-/ }),
  ).toBeVisible();
  await expectNoAxeViolations(portal);
  await portalContext.close();

  // in Italian, the amount to record reads 54,90 and is accepted as typed
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'it', url: page.url() }]);
  await page.goto(invoiceUrl);
  const payment = page.getByRole('form', { name: 'Registra un pagamento' });
  await expect(payment.getByLabel('Importo')).toHaveValue('54,90');
  await payment.getByRole('button', { name: 'Registra pagamento' }).click();
  await expect(page.getByText('Pagamento registrato.')).toBeVisible();
});
