import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callServerAction, expectNoAxeViolations } from './helpers';
import { workerDb } from './worker';

// Staff see the portal as one of their clients (seed 001 "View as Demo Client", issue 9):
// read-only, a banner on every page, every write refused on the server however it is called.
const reception = { email: 'reception@demo.example.com', password: 'studio-demo-staff-2026' };
const REFUSED = 'Not done: this is a read-only view as the client. Nothing was saved or sent.';

async function signIn(page: Page) {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(reception.email);
  await page.getByLabel('Password').fill(reception.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your businesses' })).toBeVisible();
}

test('view as a client: the banner, writes refused from the page and when called directly, audited, and the way back', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/admin/demo/clients?q=333+123+4567');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/admin\/demo\/clients\/\w+$/);
  const cardUrl = page.url();
  await page.getByRole('button', { name: 'View as this client' }).click();
  await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
  // (an earlier test may have renamed the seed's client: the banner names whoever it is now)
  await expect(
    page.getByText(/^You are viewing the portal as \S+ Client\. Read-only: nothing you do here is saved or sent\.$/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // from the page: the profile form says no, and nothing changed
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Profile/ })
    .first()
    .click();
  await expect(page.getByText(/^You are viewing the portal as /)).toBeVisible();
  const firstName = await page.getByLabel('First name').inputValue();
  await page.getByLabel('First name').fill('Changed');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(REFUSED)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue(firstName);

  // called directly, each write of the portal is refused, and each refusal is in the audit log
  const call = (path: string, file: string, name: string, args: unknown[]) =>
    callServerAction(page, path, `lib/actions/${file}.ts`, name, args);
  const refusals = async () => {
    const db = workerDb();
    const count = await db.auditEvent.count({ where: { action: 'client.view_as_write_refused' } });
    await db.$disconnect();
    return count;
  };
  const before = await refusals();
  for (const [path, file, name, args] of [
    ['/p/demo/profile', 'profile', 'updateProfileAction', ['demo', { firstName: 'X', lastName: 'Y', locale: 'en' }]],
    ['/p/demo/schedule', 'cancel-appointment', 'cancelAppointmentAction', ['demo', 'any', 'reason']],
    [
      '/p/demo/profile/contact/email',
      'contact-change',
      'startContactChangeAction',
      ['demo', 'email', { value: 'x@example.com', password: 'p' }],
    ],
    ['/p/demo/security', 'two-factor-settings', 'startTotpEnrolmentAction', ['demo']],
    ['/p/demo/security', 'two-factor-settings', 'disableTotpAction', ['demo', '123456']],
    [
      '/p/demo/choose-password',
      'choose-password',
      'choosePasswordAction',
      ['demo', { password: 'a-new-password-2026', confirm: 'a-new-password-2026' }],
    ],
  ] as const) {
    const response = await call(path, file, name, [...args]);
    expect(response.text, name).toContain('"view_only"');
  }
  const feed = await call('/p/demo/schedule', 'calendar-feed', 'createCalendarFeedAction', ['demo']);
  expect(feed.headers['x-action-redirect']).toContain('/p/demo/schedule?refused=1');
  const upload = await page.request.post('/api/portal/demo/uploads', {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { file: { name: 'note.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') } },
  });
  expect(upload.status()).toBe(403);
  expect(await upload.json()).toEqual({ error: 'view_only' });
  // the public forms a signed-in client can use: paying, ordering, booking, writing
  for (const [path, file, name, args] of [
    ['/p/demo/invoices', 'payments', 'payInvoiceAction', ['demo', 'any-invoice']],
    ['/p/demo', 'payments', 'startProductOrderAction', ['demo', 'any-product', {}]],
    ['/p/demo/book', 'book-online', 'bookOnlineAction', ['demo', {}]],
    ['/p/demo/contact', 'contact', 'sendContactAction', ['demo', {}]],
  ] as const) {
    const response = await call(path, file, name, [...args]);
    expect(response.text, name).toContain('"viewAs"');
  }
  expect(await refusals()).toBe(before + 6 + 1 + 1 + 4);

  // the way back: the preview ends; the card's trail names the opening and the refusals
  await page.getByRole('button', { name: 'Back to the admin' }).click();
  await expect(page).toHaveURL(cardUrl);
  await expect(page.getByText('client.viewed_as').first()).toBeVisible();
  await expect(page.getByText('client.view_as_write_refused').first()).toBeVisible();
  await page.goto('/p/demo/dashboard');
  await expect(page).toHaveURL(/\/p\/demo\/sign-in/);
});

test('Client portal: copy the address; view as Demo Client: sample records, read-only, never in the client list', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/admin/demo');
  await page.getByRole('link', { name: 'Client portal' }).click();
  await expect(page.getByRole('heading', { name: 'Client portal' })).toBeVisible();
  await expectNoAxeViolations(page);
  // the portal address, copied with one click (seed 001 "Copy")
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy the address' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.getByLabel('Share this address with your clients').inputValue(),
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/p\/demo$/);
  await page.getByRole('button', { name: 'View as Demo Client' }).click();
  await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
  await expect(
    page.getByText('You are viewing the portal as the Demo Client, with sample data.', { exact: false }),
  ).toBeVisible();
  await page.goto('/p/demo/invoices');
  await expect(page.getByText('DEMO-0002').first()).toBeVisible();
  await page.goto('/p/demo/documents');
  await expect(page.getByText('Guida di benvenuto (esempio)').first()).toBeVisible();
  await page.goto('/p/demo/pages/sample-page');
  await expect(page.getByRole('heading', { name: 'Area riservata (esempio)' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Back to the admin' }).click();
  await expect(page).toHaveURL(/\/admin\/demo\/portal$/);
  await page.goto('/admin/demo/clients?q=Cliente');
  await expect(page.getByRole('status')).toHaveText('No clients');
});

test('staff cannot open another business’s client, nor a portal without a ticket of their own business', async ({
  page,
}) => {
  await signIn(page);
  const db = workerDb();
  const acmeClient = await db.client.findFirstOrThrow({ where: { business: { slug: 'acme' }, isDemo: false } });
  const demoClient = await db.client.findFirstOrThrow({ where: { business: { slug: 'demo' }, isDemo: false } });
  await db.$disconnect();
  // reception works for Studio Demo only: naming Acme, or Acme's card under Studio Demo, changes nothing
  for (const args of [
    ['acme', acmeClient.id],
    ['demo', acmeClient.id],
  ]) {
    const response = await callServerAction(
      page,
      '/admin/demo/clients',
      'lib/actions/admin-view-as.ts',
      'viewAsClientAction',
      args,
    );
    expect(response.headers['x-action-redirect']).toBeUndefined();
  }
  await page.goto('/p/acme/dashboard');
  await expect(page).toHaveURL(/\/p\/acme\/sign-in/);
  await page.goto('/p/demo/dashboard');
  await expect(page).toHaveURL(/\/p\/demo\/sign-in/);
  // the same call with a card of Studio Demo does open it: the refusals above are the rule, not a broken call
  const allowed = await callServerAction(
    page,
    '/admin/demo/clients',
    'lib/actions/admin-view-as.ts',
    'viewAsClientAction',
    ['demo', demoClient.id],
  );
  expect(allowed.headers['x-action-redirect']).toContain('/p/demo/dashboard');
});
