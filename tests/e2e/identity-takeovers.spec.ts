import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, mailbox } from './helpers';
import { workerDb } from './worker';

// Issue 24 §1.1, against the production build: a visitor books at Studio Demo with their own
// email and the mobile number of a client of Acme Physio. When that client signs in at Acme with
// an SMS code, nothing of theirs joins the visitor's login: the visitor's password stops working,
// /login by code to the visitor's email finds nothing, and once the visitor proves their own email
// at Studio Demo, /login offers Studio Demo alone.

const VISITOR = 'e2e.prebooker@example.com';
const VICTIM_PHONE = '+447400999888';

// Its own client address (the entry the trusted proxy appends): the hourly cap on code requests
// is shared by every browser test from 127.0.0.1.
test.use({ locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.24' } });

type TMessage = { text: string; subject: string; kind: string };
const outbox = async (request: APIRequestContext, to: string) =>
  ((await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`)).json()) as { messages: TMessage[] })
    .messages;
async function codeSentTo(request: APIRequestContext, to: string, count: number) {
  let messages: TMessage[] = [];
  await expect.poll(async () => (messages = await outbox(request, to)).length, { timeout: 10_000 }).toBe(count);
  return /\b(\d{6})\b/.exec(messages[0].text)![1];
}

async function signInByCode(page: Page, path: string, identifier: string, code: () => Promise<string>) {
  await page.getByLabel('Email or mobile number').fill(identifier);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(page.getByText('we have sent a code to')).toBeVisible();
  await page.getByLabel('6-digit code').fill(await code());
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(path));
}

async function clean() {
  const db = workerDb();
  await db.client.deleteMany({ where: { OR: [{ email: VISITOR }, { phone: VICTIM_PHONE }] } });
  await db.identity.deleteMany({ where: { OR: [{ email: VISITOR }, { phone: VICTIM_PHONE }] } });
  await db.outboundMessage.deleteMany({ where: { to: { in: [VISITOR, VICTIM_PHONE] } } });
  await db.$disconnect();
}
test.beforeAll(clean);
test.afterAll(clean);

test('a visitor who booked with a client’s phone never reaches that client’s portal', async ({ browser, request }) => {
  test.slow();
  // the victim: a card written by Acme's staff with their mobile number, no login yet
  const db = workerDb();
  const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
  await db.client.create({ data: { businessId: acme.id, firstName: 'Vera', lastName: 'Victim', phone: VICTIM_PHONE } });
  await db.$disconnect();

  // the visitor books at Studio Demo with their own email and the victim's number
  const visitor = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await visitor.goto('/p/demo/book');
  await visitor.getByRole('region', { name: '1. Service' }).getByRole('link').first().click();
  await visitor.getByRole('link', { name: 'Next week' }).click();
  await visitor.locator('h3 + ul').getByRole('link').first().click();
  await visitor.getByLabel('First name').fill('Pre');
  await visitor.getByLabel('Last name').fill('Booker');
  await visitor.getByLabel('Email').fill(VISITOR);
  await visitor.getByLabel('Mobile phone').fill(VICTIM_PHONE);
  await visitor.waitForTimeout(3000);
  await visitor.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(visitor.getByText('Your appointment is booked.')).toBeVisible();
  await expectNoAxeViolations(visitor);
  // the registration message, last after the confirmation, carries the login made for the new card
  await expect.poll(async () => (await mailbox(request, VISITOR)).subject).toBe('Your account at Studio Demo');
  const password = /\b[a-z2-9]{4}(?:-[a-z2-9]{4}){3}\b/.exec((await mailbox(request, VISITOR)).text)?.[0];
  expect(password).toBeTruthy();

  // the victim signs in at Acme with an SMS code, as usual
  const victim = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await victim.goto('/p/acme/sign-in');
  await signInByCode(victim, '/p/acme/dashboard$', VICTIM_PHONE, () => codeSentTo(request, VICTIM_PHONE, 1));

  // the visitor: the booking's password opens nothing any more ...
  await visitor.goto('/p/demo/sign-in?method=password');
  await visitor.getByLabel('Email or mobile number').fill(VISITOR);
  await visitor.getByLabel('Password').fill(password!);
  await visitor.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(visitor.getByRole('alert')).toBeVisible();
  await expect(visitor).toHaveURL(/\/p\/demo\/sign-in/);
  // ... /login by code to their own email sends nothing: no login holds it ...
  const before = (await outbox(request, VISITOR)).length;
  await visitor.goto('/login');
  await visitor.getByRole('link', { name: 'Forgot password?' }).click();
  await visitor.getByLabel('Email or mobile number').fill(VISITOR);
  await visitor.getByRole('button', { name: 'Send me a code' }).click();
  await expect(visitor.getByText('we have sent a code to')).toBeVisible();
  await visitor.waitForTimeout(2500); // codes go out after a pause off the request path
  expect((await outbox(request, VISITOR)).length).toBe(before);

  // ... and proving their own email at Studio Demo gives them Studio Demo's card alone
  await visitor.goto('/p/demo/sign-in');
  await signInByCode(visitor, '/p/demo/dashboard$', VISITOR, () => codeSentTo(request, VISITOR, before + 1));
  const later = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await later.goto('/login');
  await later.getByRole('link', { name: 'Forgot password?' }).click();
  await later.getByLabel('Email or mobile number').fill(VISITOR);
  await later.getByRole('button', { name: 'Send me a code' }).click();
  await later.getByLabel('6-digit code').fill(await codeSentTo(request, VISITOR, before + 2));
  await later.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(later).toHaveURL(/\/(login\/choose|p\/demo\/dashboard)$/);
  if (later.url().endsWith('/login/choose')) {
    await expect(later.getByText('Studio Demo').first()).toBeVisible();
    await expect(later.getByText('Acme Physio')).toHaveCount(0);
  }
  // the victim's own session is untouched
  await victim.reload();
  await expect(victim).toHaveURL(/\/p\/acme\/dashboard$/);
});
