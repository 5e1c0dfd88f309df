import { expect, test } from './fixtures';
import sharp from 'sharp';
import { ensureDemoStaff, expectNoAxeViolations, mailbox, staffSignIn } from './helpers';
import { workerDb } from './worker';

// Portal settings (issue 10, seed 000 "Allow authorization to clients", "Allow cancellation
// of recording"): an admin changes them, the portal follows at once.
const admin = { email: 'settings.admin@example.com', password: 'settings-admin-password-2026' };

let seedBrand: { name: string; accentColor: string; logoUrl: string | null } | undefined;

/** the seed's settings, put back whatever happened (later tests sign in and cancel) */
async function restore() {
  const db = workerDb();
  await db.business.update({
    where: { slug: 'demo' },
    data: {
      allowClientLogin: true,
      allowCancellation: true,
      cancellationCutoffHours: 24,
      showLoginLink: true,
      cancellationReasonRequired: false,
      ...(seedBrand ?? {}),
    },
  });
  await db.$disconnect();
}
test.beforeAll(async () => {
  const db = workerDb();
  const { name, accentColor, logoUrl } = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  seedBrand ??= { name, accentColor, logoUrl };
  await db.$disconnect();
  await restore();
  await ensureDemoStaff({ ...admin, role: 'admin' });
});
test.beforeEach(restore);
test.afterAll(restore);

test('an admin turns cancellation and client sign-in off and on; the portal follows', async ({ page, browser }) => {
  await staffSignIn(page, admin);
  await page.goto('/admin/demo/clients');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portal settings' })).toBeVisible();
  await expectNoAxeViolations(page);

  const client = await (await browser.newContext()).newPage();
  await client.goto('/p/demo/sign-in?method=password');
  await client.getByLabel('Email or mobile number').fill('demo.client@example.com');
  await client.getByLabel('Password').fill('portico-demo-client');
  await client.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(client).toHaveURL(/\/p\/demo\/dashboard/);
  await client.goto('/p/demo/schedule');
  await expect(client.getByRole('button', { name: 'Cancel' }).first()).toBeVisible();

  // cancellation off: the client's Cancel buttons go
  const cancellation = page.getByRole('region', { name: 'Cancellation' });
  await cancellation.getByLabel('Clients can cancel appointments online').uncheck();
  await cancellation.getByRole('button', { name: 'Save' }).click();
  await expect(cancellation.getByRole('status')).toHaveText('Saved.');
  await client.reload();
  await expect(client.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await expect(client.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  // back on, with a reason required: the dialog says so, and an empty reason cancels nothing
  await cancellation.getByLabel('Clients can cancel appointments online').check();
  await cancellation.getByLabel('Clients must give a reason when they cancel').check();
  await cancellation.getByRole('button', { name: 'Save' }).click();
  await expect(cancellation.getByRole('status')).toHaveText('Saved.');
  await client.reload();
  const cancels = client.getByRole('button', { name: 'Cancel appointment' });
  const before = await cancels.count();
  await cancels.first().click();
  await expect(client.getByRole('alertdialog').getByLabel('Reason (Studio Demo asks for one)')).toBeVisible();
  await client.getByRole('alertdialog').getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(client.getByText('Studio Demo asks why you cancel', { exact: false })).toBeVisible();
  await client.reload();
  await expect(client.getByRole('button', { name: 'Cancel appointment' })).toHaveCount(before);
  await cancellation.getByLabel('Clients must give a reason when they cancel').uncheck();
  await cancellation.getByRole('button', { name: 'Save' }).click();
  await expect(cancellation.getByRole('status')).toHaveText('Saved.');

  // no way to sign in while sign-in is on: refused under the field, nothing saved
  const signIn = page.getByRole('region', { name: 'Client sign-in' });
  for (const method of await signIn.getByRole('group', { name: 'Ways to sign in' }).getByRole('checkbox').all())
    await method.uncheck();
  await signIn.getByRole('button', { name: 'Save' }).click();
  await expect(signIn.getByText('Choose at least one way to sign in, or turn client sign-in off.')).toBeVisible();
  await page.reload();

  // seed 000: the "Login to personal account" link in the portal header follows its setting
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/p/demo/pages/home-exercises');
  await expect(reader.getByRole('banner').getByRole('link', { name: 'Log in to your account' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Client sign-in' })
    .getByLabel('Show the “Log in to your account” link')
    .uncheck();
  await page.getByRole('region', { name: 'Client sign-in' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Client sign-in' }).getByRole('status')).toHaveText('Saved.');
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reader.getByRole('banner').getByRole('link', { name: 'Log in to your account' })).toHaveCount(0);

  // client sign-in off: the portal's sign-in page says so
  await page.getByRole('region', { name: 'Client sign-in' }).getByLabel('Clients can sign in to the portal').uncheck();
  await page.getByRole('region', { name: 'Client sign-in' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Client sign-in' }).getByRole('status')).toHaveText('Saved.');
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/p/demo/sign-in');
  await expect(
    visitor.getByText('does not offer sign-in to the client portal at the moment', { exact: false }),
  ).toBeVisible();
  await expect(visitor.getByRole('textbox')).toHaveCount(0);
});

test('an admin changes the accent colour and the logo; the portal shows them with readable text', async ({
  page,
  browser,
}) => {
  await staffSignIn(page, admin);
  await page.goto('/admin/demo/settings');
  const branding = page.getByRole('region', { name: 'Branding' });
  // too light for the white page: refused under the field, nothing saved
  await branding.getByLabel('Accent colour').fill('#ffeb3b');
  await expect(branding.getByText('too light: buttons would not stand out')).toBeVisible();
  await branding.getByRole('button', { name: 'Save' }).click();
  await expect(branding.getByText('This colour is too light to stand out on the white page.')).toBeVisible();
  await branding.getByLabel('Accent colour').fill('#0f766e');
  await expect(branding.getByText(/^white · /)).toBeVisible();
  await branding.getByRole('button', { name: 'Save' }).click();
  await expect(branding.getByRole('status')).toHaveText('Saved.');
  await expectNoAxeViolations(page);

  const portal = await (await browser.newContext()).newPage();
  await portal.goto('/p/demo/sign-in?method=password');
  const button = portal.getByRole('button', { name: 'Sign in', exact: true });
  await expect(button).toHaveCSS('background-color', 'rgb(15, 118, 110)');
  await expect(button).toHaveCSS('color', 'rgb(255, 255, 255)');

  // a logo: not an image is refused; a PNG is resized and shown in the portal's header
  const logo = page.getByRole('region', { name: 'Logo' });
  await logo
    .getByLabel('Logo image')
    .setInputFiles({ name: 'logo.pdf', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4') });
  await logo.getByRole('button', { name: 'Upload logo' }).click();
  await expect(logo.getByRole('alert')).toHaveText('This is not a PNG, JPEG or WebP image.');
  const png = await sharp({ create: { width: 900, height: 300, channels: 3, background: '#0f766e' } })
    .png()
    .toBuffer();
  await logo.getByLabel('Logo image').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await logo.getByRole('button', { name: 'Upload logo' }).click();
  await expect(logo.getByRole('status')).toHaveText('Logo saved.');
  await portal.reload();
  const image = portal.getByRole('banner').locator('img');
  await expect(image).toHaveJSProperty('naturalWidth', 480);
});

test('the delivery log lists the business’s messages with their status, never their text', async ({ page }) => {
  const db = workerDb();
  const demo = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  await db.outboundMessage.deleteMany({ where: { to: 'log.reader@example.com' } });
  await db.outboundMessage.create({
    data: {
      businessId: demo.id,
      channel: 'email',
      kind: 'sign_in_code',
      locale: 'en',
      to: 'log.reader@example.com',
      subject: 'Your Studio Demo code: 918273',
      text: 'Your code is 918273',
      status: 'sent',
      attempts: 1,
      sentAt: new Date(),
    },
  });
  await db.$disconnect();
  await staffSignIn(page, admin);
  await page.goto('/admin/demo/settings');
  await page.getByRole('link', { name: 'Messages' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery log' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByRole('table', { name: 'Delivery log' })).toBeVisible();
  // a sign-in code went out: listed as sent, the code nowhere on the page
  await page.getByLabel('Status').selectOption('sent');
  await page.getByLabel('Recipient').fill('log.reader@example.com');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/status=sent/);
  await expect(page.getByRole('cell', { name: 'log.reader@example.com' })).toBeVisible();
  await expect(page.getByText('918273')).toHaveCount(0);
});

test('online booking settings: a break outside the hours is refused under its field', async ({ page }) => {
  await staffSignIn(page, admin);
  await page.goto('/admin/demo/settings');
  const booking = page.getByRole('region', { name: 'Online booking' });
  await booking.getByLabel('Monday: break from (optional)').fill('19:00');
  await booking.getByLabel('Monday: break until').fill('20:00');
  await booking.getByRole('button', { name: 'Save' }).click();
  await expect(booking.getByText('The break must be within the opening hours.')).toBeVisible();
  await expect(booking.getByLabel('Monday: break until')).toBeFocused();
});

test('staff reword a notification: an unknown variable is refused, the preview and a test show the wording', async ({
  page,
  request,
}) => {
  await staffSignIn(page, admin);
  await page.goto('/admin/demo/notifications');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Edit Contact form acknowledgement in English' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Subject').fill('Thanks, {client_name}');
  await page.getByLabel('Message').fill('We got it, {cliente}.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('{cliente} is not a variable of this message.')).toBeVisible();
  await page.getByLabel('Message').fill('We got your message at {business_name}.');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('region', { name: 'Preview with sample data' })).toContainText('Thanks, Anna Rossi');
  await page.getByRole('button', { name: 'Send me a test' }).click();
  await expect(page.getByRole('status')).toContainText(`A test went to ${admin.email}`);
  await expect.poll(async () => (await mailbox(request, admin.email)).subject).toBe('Thanks, Anna Rossi');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await page.getByRole('button', { name: 'Reset to the built-in text' }).click();
  await expect(page.getByLabel('Subject')).toHaveValue('We received your message — {business_name}');
});

test('a staff member’s own working hours', async ({ page }) => {
  await staffSignIn(page, admin);
  await page.goto('/admin/demo/staff');
  await page
    .getByRole('link', { name: /^Working hours of / })
    .first()
    .click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Same as the opening hours').uncheck();
  await page.getByLabel('Saturday', { exact: true }).check();
  await page.getByLabel('Saturday: opens').fill('10:00');
  await page.getByLabel('Saturday: closes').fill('09:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Closing must be after opening.')).toBeVisible();
  await page.getByLabel('Saturday: closes').fill('13:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await page.getByLabel('Same as the opening hours').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
});
