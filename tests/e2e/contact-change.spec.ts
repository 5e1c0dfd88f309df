import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

// Issue #4 profile: a new email or mobile number takes effect only once the code sent
// to it is entered; a client without a password also confirms with a code sent to the
// address they already have; the old address is told.

// Its own client address (as a proxy would send it): the per-IP hourly cap on codes (20) is
// shared by every browser test from 127.0.0.1, and this file must not depend on how many ran before.
test.use({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.41' } });

type TMessage = { text: string; kind: string; channel: string };

async function latest(request: APIRequestContext, to: string, kind: string) {
  let found: TMessage | undefined;
  await expect
    .poll(
      async () => {
        const { messages } = (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`)).json()) as {
          messages: TMessage[];
        };
        return (found = messages.find((m) => m.kind === kind));
      },
      { timeout: 10_000 },
    )
    .toBeTruthy();
  return found!;
}
const codeIn = (message: TMessage) => /\b(\d{6})\b/.exec(message.text)![1];

async function signInWithEmailCode(page: Page, request: APIRequestContext, portal: string, email: string) {
  await page.goto(`/p/${portal}/sign-in`);
  await page.getByLabel(/Email or mobile number|Email o numero di cellulare/).fill(email);
  await page.getByRole('button', { name: /Send me a code|Inviami un codice/ }).click();
  const code = codeIn(await latest(request, email, 'sign_in_code'));
  await page.getByLabel(/6-digit code|Codice di 6 cifre/).fill(code);
  await page.getByRole('button', { name: /^(Continue|Continua)$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${portal}/dashboard$`));
}

test.describe('changing contact details (English)', () => {
  test.use({ locale: 'en-GB' });

  test('a client without a password changes their mobile number with a code to the new number and one to their email', async ({
    page,
    request,
  }) => {
    const email = 'charlie.wright@example.com';
    await signInWithEmailCode(page, request, 'acme', email);
    await page.getByRole('navigation', { name: 'Portal sections' }).getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Email and mobile number' })).toBeVisible();
    await page.getByRole('link', { name: 'Change mobile number' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Change your mobile number' })).toBeVisible();
    await expect(page.getByText('To confirm it is you, we will also send a code to c•••t@e•••e.com.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('New mobile number').fill('12');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expect(page.getByText('Enter a valid mobile number.')).toBeVisible();

    await page.getByLabel('New mobile number').fill('07400 123456');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expect(page.getByText('We sent a code to +44 ••• ••• 3456.')).toBeVisible();
    await expectNoAxeViolations(page);
    const toNew = codeIn(await latest(request, '+447400123456', 'verify_contact_code'));
    const toEmail = codeIn(await latest(request, email, 'confirm_contact_change_code'));

    await page.getByLabel('Code sent to +44 ••• ••• 3456').fill(toNew);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByText('Enter the 6-digit code.')).toBeVisible();
    await page.getByLabel('Code sent to c•••t@e•••e.com').fill(toNew);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByText('That code is not right, or it was already used.')).toBeVisible();

    await page.getByLabel('Code sent to c•••t@e•••e.com').fill(toEmail);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page).toHaveURL(/\/p\/acme\/profile\?changed=phone$/);
    await expect(page.getByRole('status').filter({ hasText: 'Your contact details were updated.' })).toBeVisible();
    await expect(page.getByText('07400 123456')).toBeVisible();
    // the old number is told by SMS
    expect((await latest(request, '+447911131653', 'phone_changed')).text).toContain('+44 ••• ••• 3456');
  });
});

test.describe('changing contact details (Italian)', () => {
  test.use({ locale: 'it-IT' });

  test('the email form asks for the password and explains a wrong one, changing nothing', async ({ page }) => {
    await page.goto('/p/demo/sign-in?method=password');
    await page.getByLabel('Email o numero di cellulare').fill('demo.client@example.com');
    await page.getByLabel('Password').fill('portico-demo-client');
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
    await page.goto('/p/demo/profile/contact/email');
    await expect(page.getByRole('heading', { level: 1, name: 'Cambia la tua email' })).toBeVisible();
    await page.getByLabel('Nuova email').fill('nuova@example.com');
    await page.getByLabel('La tua password attuale').fill('non-la-mia-password');
    await page.getByRole('button', { name: 'Invia codice' }).click();
    await expect(page.getByText('La password non è corretta.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Torna ai tuoi dati' }).click();
    await expect(page.getByText('demo.client@example.com')).toBeVisible();
  });
});
