import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, mailbox } from './helpers';

type TMessage = { text: string; channel: string; status: string };

async function outbox(request: APIRequestContext, to: string) {
  const response = await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`);
  return ((await response.json()) as { messages: TMessage[] }).messages;
}

// Messages are read from the dev outbox (demo mode, no transport configured);
// they are sent just after the response, so wait for them.
async function latestMessage(request: APIRequestContext, to: string) {
  let latest: TMessage | undefined;
  await expect.poll(async () => (latest = (await outbox(request, to))[0]), { timeout: 5000 }).toBeTruthy();
  return latest!;
}

async function askForCode(page: Page, portal: string, identifier: string) {
  await page.goto(`/p/${portal}/sign-in`);
  await page.getByLabel(/Email or mobile number|Email o numero di cellulare/).fill(identifier);
  await page.getByRole('button', { name: /Send me a code|Inviami un codice/ }).click();
}

test.describe('sign-in with a one-time code (English)', () => {
  test.use({ locale: 'en-GB' });

  test('by email: the code screen says where it went, the code signs in', async ({ page, request }) => {
    const card = 'olivia.smith@example.com'; // a card created by staff, never signed in
    await askForCode(page, 'acme', card);
    await expect(
      page.getByText('If this belongs to a client of Acme Physio, we have sent a code to o•••h@e•••e.com.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /Resend code in \d+ s/ })).toBeDisabled();
    await expectNoAxeViolations(page);
    // delivered over SMTP, as HTML and text, in the reader's language
    const mail = await mailbox(request, card);
    expect(mail.subject).toMatch(/^Your Acme Physio code: \d{6}$/);
    expect(mail.html).toContain('lang="en"');
    const code = /\b(\d{6})\b/.exec(mail.text)![1];
    expect(mail.html).toContain(code);
    await page.getByLabel('6-digit code').fill(`${code.slice(0, 3)} ${code.slice(3)}`); // pasted with a space
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
    await expect(page.getByRole('button', { name: 'Your account: Olivia Smith' })).toBeVisible();
  });

  test('a wrong code is refused with a clear message; an unknown address gets the same first answer', async ({
    page,
    request,
  }) => {
    await askForCode(page, 'acme', 'nobody-here@example.com');
    await expect(page.getByText('If this belongs to a client of Acme Physio, we have sent a code to')).toBeVisible();
    await page.waitForTimeout(500);
    expect(await outbox(request, 'nobody-here@example.com')).toEqual([]);
    await page.getByLabel('6-digit code').fill('123456');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'That code is not right' })).toBeVisible();
    await expect(page.getByLabel('6-digit code')).toBeFocused();
  });

  test('by SMS when a mobile number is typed', async ({ page, request }) => {
    await askForCode(page, 'acme', '+44 7911 103517');
    await expect(page.getByText(/we have sent a code to \+44 ••• ••• 3517/)).toBeVisible();
    const message = await latestMessage(request, '+447911103517');
    expect(message.channel).toBe('sms');
    // sent with the official Twilio SDK, accepted by Twilio's API spec (Prism)
    await expect.poll(async () => (await outbox(request, '+447911103517'))[0]?.status).toBe('sent');
    await page.getByLabel('6-digit code').fill(/\b(\d{6})\b/.exec(message.text)![1]);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  });

  test('the email link opens a confirmation page; the button signs in, once', async ({ page, request }) => {
    const card = 'amelia.taylor@example.com';
    await askForCode(page, 'acme', card);
    await expect(page.getByText('we have sent a code')).toBeVisible();
    const link = /(\/p\/acme\/sign-in\/link\?token=[\w-]+)/.exec((await latestMessage(request, card)).text)![1];
    // a mail scanner following the link uses nothing up
    expect((await request.get(link)).status()).toBe(200);
    await page.goto(link);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
    await page.context().clearCookies();
    await page.goto(link);
    // a used link says so at once, with one way on
    await expect(
      page.getByRole('alert').filter({ hasText: 'This sign-in link has expired or was already used.' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toHaveCount(0);
    await page.getByRole('link', { name: 'Send me a new code' }).click();
    await expect(page).toHaveURL(/\/p\/acme\/sign-in$/);
  });
});

test.describe('accesso con codice (italiano)', () => {
  test.use({ locale: 'it-IT' });

  test('codice via email', async ({ page, request }) => {
    const card = 'marco.bianchi@example.com';
    await askForCode(page, 'demo', card);
    await expect(
      page.getByText('Se corrisponde a un cliente di Studio Demo, abbiamo inviato un codice a'),
    ).toBeVisible();
    const message = await latestMessage(request, card);
    expect(message.text).toContain('Scade tra 10 minuti');
    await page.getByLabel('Codice di 6 cifre').fill(/\b(\d{6})\b/.exec(message.text)![1]);
    await page.getByRole('button', { name: 'Continua', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Ciao, Marco' })).toBeVisible();
  });
});
