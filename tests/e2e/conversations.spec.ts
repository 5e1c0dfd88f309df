import { devices } from '@playwright/test';
import { expect, test } from './fixtures';
import { clientSignIn, ensureClient, ensureDemoStaff, expectNoAxeViolations, staffSignIn } from './helpers';

// Conversations (issue 30): a client writes, staff find it in the inbox, add a note and answer, the
// client reads the answer (never the note) and the unread badges clear; receipts both ways.
const person = { email: 'carla.chat@example.com', password: 'carla-chat-2026', firstName: 'Carla', lastName: 'Chat' };
const admin = { email: 'inbox.admin@demo.example.com', password: 'inbox-admin-2026' };
/** a 1 × 1 PNG: a photo as far as the upload's type check (from the bytes) is concerned */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

test('a client writes, staff note and answer from the inbox, the client reads the answer and the badges clear', async ({
  page,
  browser,
}) => {
  await ensureClient({ portal: 'demo', ...person });
  await ensureDemoStaff({ ...admin, role: 'admin' });
  await clientSignIn(page, 'demo', person, { newSession: true });
  await page.getByRole('navigation', { name: 'Portal sections' }).getByRole('link', { name: 'Messages' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  await expect(page.getByText('No messages yet.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Write a message first.')).toBeVisible();
  // a file the documents' rules refuse: said, nothing sent
  const attach = page.getByLabel('Attach a photo or file (optional)');
  await page.getByLabel('Your message').fill('Can I move Thursday to 5 pm? Details: https://example.com/plan');
  await attach.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text') });
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This kind of file is not accepted.' })).toBeVisible();
  await expect(page.getByText('No messages yet.')).toBeVisible();
  await attach.setInputFiles({ name: 'thursday.png', mimeType: 'image/png', buffer: PHOTO });
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('status')).toHaveText('Sent.');
  const thread = page.getByRole('region', { name: 'Conversation with Studio Demo' });
  await expect(thread.getByText('Can I move Thursday to 5 pm?')).toBeVisible();
  await expect(thread.getByRole('link', { name: 'https://example.com/plan' })).toHaveAttribute('rel', /noopener/);

  const staff = await (await browser.newContext()).newPage();
  await staffSignIn(staff, admin);
  await staff.goto('/admin/demo/today');
  await staff
    .getByRole('navigation', { name: 'Business sections' })
    .getByRole('link', { name: /^Inbox/ })
    .click();
  await staff.getByLabel('Show', { exact: true }).selectOption('unread');
  await staff.getByRole('button', { name: 'Show' }).click();
  await staff.getByRole('link', { name: 'Carla Chat' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Messages with Carla Chat' })).toBeVisible();
  await expect(staff.getByText('Can I move Thursday to 5 pm?')).toBeVisible();
  const photo = staff.getByRole('link', { name: 'Attachment: thursday.png' });
  await expect(photo).toBeVisible();
  expect((await staff.request.get((await photo.getAttribute('href'))!)).status()).toBe(200);
  await expectNoAxeViolations(staff);
  await staff.getByLabel('Assigned to').selectOption({ label: 'inbox.admin' });
  await staff.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Assigned.' })).toBeVisible();
  await staff.getByLabel('Message').fill('Moved in the diary, reception knows.');
  await staff.getByRole('button', { name: 'Add an internal note' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Note added.' })).toBeVisible();
  await expect(staff.getByText('Internal note — only staff see this')).toBeVisible();
  // a saved reply, kept by owners and admins, inserted and sent
  const conversationUrl = staff.url();
  await staff.goto('/admin/demo/inbox');
  await staff.getByRole('link', { name: 'Saved replies' }).click();
  await staff.getByLabel('Language', { exact: true }).selectOption('en');
  await staff.getByLabel('Title').fill('Thursday is fine');
  await staff.getByLabel('Text').fill('Yes, Thursday at 5 pm is yours.');
  await staff.getByRole('button', { name: 'Save the reply' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.goto(conversationUrl);
  await staff.getByLabel('Insert a saved reply').selectOption({ label: 'Thursday is fine (English)' });
  await expect(staff.getByLabel('Message')).toHaveValue('Yes, Thursday at 5 pm is yours.');
  await staff.getByRole('button', { name: 'Send to the client' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
  await expect(staff.getByText('Not seen by the client yet')).toBeVisible();
  await staff.goto('/admin/demo/inbox?show=mine');
  await expect(staff.getByRole('link', { name: 'Carla Chat' })).toBeVisible();
  await staff.getByRole('link', { name: 'Carla Chat' }).click();

  // the client's badge, the answer, never the note; reading it clears the badge and shows staff the receipt
  await page.goto('/p/demo/dashboard');
  const nav = page.getByRole('navigation', { name: 'Portal sections' });
  await expect(nav.getByRole('link', { name: 'Messages 1 unread' })).toBeVisible();
  await nav.getByRole('link', { name: 'Messages 1 unread' }).click();
  await expect(thread.getByText('Yes, Thursday at 5 pm is yours.')).toBeVisible();
  await expect(page.getByText('Moved in the diary')).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Messages', exact: true })).toBeVisible();
  await staff.reload();
  await expect(staff.getByText(/^Seen by the client /)).toBeVisible();
  await page.reload();
  await expect(page.getByText('Read by Studio Demo')).toHaveCount(0);
});

test.describe('in Italian, on a phone', () => {
  const { defaultBrowserType: _browser, ...pixel } = devices['Pixel 7'];
  test.use({ ...pixel, locale: 'it-IT' });

  test('the demo client finds the unread reply under “Altro”, reads it and answers', async ({ page }) => {
    await page.goto('/p/demo/sign-in?method=password');
    await page.getByLabel('Email o numero di cellulare').fill('demo.client@example.com');
    await page.getByLabel('Password').fill('portico-demo-client');
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
    const nav = page.getByRole('navigation', { name: 'Sezioni del portale' });
    await nav.getByRole('button', { name: 'Altro 1 non letto' }).click();
    await page.getByRole('link', { name: 'Messaggi 1 non letto' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Messaggi' })).toBeVisible();
    await expect(page.getByText('l’abbiamo spostato a giovedì alle 17')).toBeVisible();
    await expect(page.getByText('spostato in agenda')).toHaveCount(0);
    await expectNoAxeViolations(page);
    // about one of their own invoices: named above the message, a link to it
    const about = page.getByLabel('Riguardo a (facoltativo)');
    const invoice = (await about.locator('option', { hasText: 'Fattura' }).first().textContent())!.trim();
    await about.selectOption({ label: invoice });
    await page.getByLabel('Il tuo messaggio').fill('Perfetto, grazie! Questa è già pagata?');
    await page.getByRole('button', { name: 'Invia' }).click();
    await expect(page.getByRole('status')).toHaveText('Inviato.');
    await expect(page.getByRole('link', { name: `Riguardo a: ${invoice}` })).toHaveAttribute(
      'href',
      /\/p\/demo\/invoices\/\w+$/,
    );
    await expect(nav.getByRole('button', { name: 'Altro', exact: true })).toBeVisible();
  });
});
