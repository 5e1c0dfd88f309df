import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generate } from 'otplib';
import { expectNoAxeViolations } from './helpers';
import { workerDb } from './worker';

// A card of Acme Physio that signs in by email code (read from the dev outbox).
const card = 'isla.williams@example.com';

async function codeSignIn(page: Page, request: APIRequestContext) {
  const before = await outboxCount(request);
  await page.goto('/p/acme/sign-in');
  await page.getByLabel('Email or mobile number').fill(card);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(page.getByText('we have sent a code')).toBeVisible();
  let text = '';
  await expect
    .poll(async () => {
      const messages = await outbox(request);
      text = messages.length > before ? messages[0].text : '';
      return text;
    })
    .toBeTruthy();
  await page.getByLabel('6-digit code').fill(/\b(\d{6})\b/.exec(text)![1]);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}
const outbox = async (request: APIRequestContext) =>
  ((await (await request.get(`/api/dev/outbox?to=${card}`)).json()) as { messages: { text: string }[] }).messages;
async function forgetRecentCodeAndStep() {
  const db = workerDb();
  await db.oneTimeCode.updateMany({ where: { destination: card }, data: { createdAt: new Date(Date.now() - 61_000) } });
  await db.identity.updateMany({ where: { email: card }, data: { totpLastStep: null } });
  await db.$disconnect();
}
const outboxCount = async (request: APIRequestContext) => (await outbox(request)).length;

test.use({ locale: 'en-GB' });

test('enrol an authenticator app, then sign in with an app code and with a recovery code', async ({
  page,
  request,
}) => {
  await codeSignIn(page, request);
  await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  await page.getByRole('link', { name: 'Security' }).click();
  await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(page.getByRole('img', { name: 'QR code to add Acme Physio to an authenticator app' })).toBeVisible();
  await expectNoAxeViolations(page);
  const secret = (await page.getByTestId('totp-key').textContent())!.trim();
  const now = Math.floor(Date.now() / 1000);
  await page.getByLabel('Code from the app').fill(await generate({ secret, epoch: now }));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!;

  // every session ended: the next page asks to sign in again
  await page.goto('/p/acme/dashboard');
  await expect(page).toHaveURL(/\/p\/acme\/sign-in/);

  // sign in again: the first code is older than the 60 s resend wait (made so here rather than waited
  // for), and the enrolment's app step is forgotten (a code of that step would otherwise be a replay)
  await forgetRecentCodeAndStep();
  await codeSignIn(page, request);
  await expect(page).toHaveURL(/\/p\/acme\/sign-in\/two-factor/);
  await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('App code or recovery code').fill('000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That code is not right' })).toBeVisible();
  // "No access to the app?" reaches the business's owners by email (seed 004)
  await page.getByRole('button', { name: 'Ask Acme Physio for help' }).click();
  await expect(page.getByText('We have told Acme Physio.')).toBeVisible();
  await expect
    .poll(
      async () =>
        (
          (await (await request.get('/api/dev/outbox?to=owner@acme.example.com')).json()) as {
            messages: { text: string }[];
          }
        ).messages[0]?.text ?? '',
    )
    .toContain('Isla Williams cannot sign in to the Acme Physio portal');
  await page.getByLabel('App code or recovery code').fill(recovery);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  await expect(page.getByRole('button', { name: 'Your account: Isla Williams' })).toBeVisible();

  // turning it off needs a fresh proof, asks for confirmation, signs out everywhere and emails the client
  await page.getByRole('link', { name: 'Security' }).click();
  await page.getByLabel('Code', { exact: true }).fill('000000');
  await page.getByRole('button', { name: 'Turn off two-step verification' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Turn off two-step verification?' })).toBeVisible();
  await page.getByRole('button', { name: 'Turn off', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That code is not right' })).toBeVisible();
  await page.getByLabel('Code', { exact: true }).fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) }));
  await page.getByRole('button', { name: 'Turn off two-step verification' }).click();
  await page.keyboard.press('Tab'); // from Cancel (focused first) to the confirm button, by keyboard
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/p\/acme\/sign-in$/);
  await expect
    .poll(async () => (await outbox(request))[0]?.text ?? '')
    .toMatch(/two-step verification was turned off/i);
});

test('the two-factor step without a first factor asks to sign in again', async ({ page }) => {
  await page.goto('/p/acme/sign-in/two-factor');
  await expect(page.getByRole('alert').filter({ hasText: 'This step took too long' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in again' })).toBeVisible();
});
