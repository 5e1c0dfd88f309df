import { expect, test } from './fixtures';
import { ensureDemoStaff, expectNoAxeViolations, mailbox, staffSignIn, testPasswordHash } from './helpers';
import { workerDb } from './worker';

// Invoices and payments (issue 10): an admin writes an invoice for a client, issues it, the
// client (Italian) is emailed and sees it in their portal; a payment makes it paid.
const admin = { email: 'invoices.admin@example.com', password: 'invoices-admin-password-2026' };
const client = { email: 'fattura.cliente@example.com', password: 'cliente-fatture-2026' };

async function removeClient() {
  const db = workerDb();
  await db.client.deleteMany({ where: { email: client.email } });
  await db.identity.deleteMany({ where: { email: client.email } });
  await db.$disconnect();
}

let clientId = '';
test.beforeAll(async () => {
  await ensureDemoStaff({ ...admin, role: 'admin' });
  await removeClient();
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
        firstName: 'Chiara',
        lastName: 'Fatture',
        email: client.email,
        locale: 'it',
      },
    })
  ).id;
  await db.$disconnect();
});
test.afterAll(removeClient);

test('an invoice from draft to paid; the client is emailed in Italian and sees it', async ({
  page,
  browser,
  request,
}) => {
  await staffSignIn(page, admin);
  await page.goto(`/admin/demo/clients/${clientId}`);
  await page.getByRole('link', { name: 'New invoice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New invoice' })).toBeVisible();
  await expectNoAxeViolations(page);

  // a negative quantity is refused under its field, nothing saved
  const line = page.getByRole('group', { name: 'Line 1' });
  await line.getByLabel('Description').fill('Trattamento viso');
  await line.getByLabel('Quantity').fill('-2');
  await line.getByLabel('Unit price').fill('40');
  await line.getByLabel('Tax %').fill('22');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(line.getByText('The quantity must be at least 1.')).toBeVisible();
  await line.getByLabel('Quantity').fill('2');
  await page.getByRole('button', { name: 'Add a line' }).click();
  const second = page.getByRole('group', { name: 'Line 2' });
  await second.getByLabel('Description').fill('Crema');
  await second.getByLabel('Unit price').fill('12,50');
  await page.getByLabel('Discount').fill('2.50');
  // live totals: 80 + 12.50 − 2.50 = 90 before tax; 22% of the treatment's share (77.84) = 17.12
  await expect(page.getByText('€107.12')).toBeVisible();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Draft' })).toBeVisible();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Issue and email the client' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(/^2026-\d{4} issued; the client was emailed a link to it\.$/)).toBeVisible();
  const heading = page.getByRole('heading', { level: 1, name: /^Invoice 2026-\d{4}$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.replace('Invoice ', '');

  // the client's email, in Italian, links to the invoice in the portal
  const mail = await mailbox(request, client.email);
  expect(mail.subject).toBe(`Fattura ${number} da Studio Demo`);
  const link = mail.text.match(/http:\/\/\S+\/p\/demo\/invoices\/\S+/)![0];
  const portal = await (await browser.newContext({ locale: 'it-IT' })).newPage();
  await portal.goto('/p/demo/sign-in?method=password');
  await portal.getByLabel('Email o numero di cellulare').fill(client.email);
  await portal.getByLabel('Password').fill(client.password);
  await portal.getByRole('button', { name: 'Accedi', exact: true }).click();
  await expect(portal).toHaveURL(/\/p\/demo\/dashboard/);
  await portal.goto(new URL(link).pathname);
  await expect(portal.getByRole('heading', { level: 1, name: `Fattura ${number}` })).toBeVisible();
  await expect(portal.getByText('Aperta', { exact: true })).toBeVisible();

  // more than the balance is refused; the balance itself makes it paid
  const payment = page.getByRole('form', { name: 'Record a payment' });
  await expect(payment.getByLabel('Amount')).toHaveValue('107.12');
  await payment.getByLabel('Amount').fill('200');
  await payment.getByRole('button', { name: 'Record payment' }).click();
  await expect(payment.getByText('This is more than the balance due.')).toBeVisible();
  await payment.getByLabel('Amount').fill('100');
  await payment.getByLabel('Method').selectOption('bank_transfer');
  await payment.getByRole('button', { name: 'Record payment' }).click();
  await expect(page.getByText('Payment recorded.')).toBeVisible();
  await expect(payment.getByLabel('Amount')).toHaveValue('7.12');
  await payment.getByRole('button', { name: 'Record payment' }).click();
  await expect(page.getByText('Paid', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('form', { name: 'Record a payment' })).toHaveCount(0);
  await portal.reload();
  await expect(portal.getByText('Pagata', { exact: true })).toBeVisible();
});
