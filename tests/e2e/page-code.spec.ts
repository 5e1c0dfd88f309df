import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

// Seed 003: a visitor who is not signed in opens a restricted page with a one-time
// password sent only to an email on the page's list.

type TMessage = { text: string; kind: string };
const outbox = async (request: APIRequestContext, to: string) =>
  (
    (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`)).json()) as { messages: TMessage[] }
  ).messages.filter((m) => m.kind === 'page_access_code');

// Its own client address (as a proxy would send it): the per-IP hourly cap on codes (20) is
// shared by every browser test from 127.0.0.1, and this file must not depend on how many ran before.
test.use({ locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.42' } });

test('a visitor on the list opens the page and its file with a one-time password; others get the same answer and nothing', async ({
  page,
  request,
}) => {
  await page.goto('/p/demo/pages/home-exercises');
  await expect(page.getByRole('heading', { level: 1, name: 'A private page of Studio Demo' })).toBeVisible();
  await expectNoAxeViolations(page);

  // an address not on the list: the same answer, nothing sent
  await page.getByLabel('Email').fill('nobody-listed@example.com');
  await page.getByRole('button', { name: 'Send me a one-time password' }).click();
  await expect(
    page.getByText("If n•••d@e•••e.com is on this page's list at Studio Demo, we have sent it a one-time password."),
  ).toBeVisible();
  await page.waitForTimeout(500);
  expect(await outbox(request, 'nobody-listed@example.com')).toEqual([]);
  await page.getByRole('button', { name: 'Use another email' }).click();

  await page.getByLabel('Email').fill('demo.client@example.com');
  await page.getByRole('button', { name: 'Send me a one-time password' }).click();
  await expect(
    page.getByText("If d•••t@e•••e.com is on this page's list at Studio Demo, we have sent it a one-time password."),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  let messages: TMessage[] = [];
  await expect
    .poll(async () => (messages = await outbox(request, 'demo.client@example.com')).length, { timeout: 10_000 })
    .toBeGreaterThan(0);
  const code = /\b(\d{6})\b/.exec(messages[0].text)![1];

  await page.getByLabel('One-time password (6 digits)').fill('000000' === code ? '111111' : '000000');
  await page.getByRole('button', { name: 'Open the page' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'That password is not right, or it was already used.' }),
  ).toBeVisible();
  await page.getByLabel('One-time password (6 digits)').fill(code);
  await page.getByRole('button', { name: 'Open the page' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Esercizi a casa' })).toBeVisible();
  await expect(page.getByText('Opened with a one-time password on this device.')).toBeVisible();
  await expectNoAxeViolations(page);
  const fileUrl = (await page.getByRole('link', { name: 'Download home-exercises.pdf' }).getAttribute('href'))!;
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download home-exercises.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('home-exercises.pdf');
  // the pass opens this page only: the portal itself still asks to sign in
  await page.goto('/p/demo/dashboard');
  await expect(page).toHaveURL(/\/p\/demo\/sign-in/);

  await page.goto('/p/demo/pages/home-exercises');
  await page.getByRole('button', { name: 'Close this page on this device' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'A private page of Studio Demo' })).toBeVisible();
  // with the pass forgotten, the file's URL gives nothing
  expect((await page.request.get(fileUrl)).status()).toBe(404);
});

test('an unknown page is a 404 for visitors too', async ({ page }) => {
  const response = await page.goto('/p/demo/pages/no-such-page');
  expect(response?.status()).toBe(404);
});
