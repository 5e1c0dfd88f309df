import { hashPassword } from '@/lib/crypto/password-hash';
import { sealTotpSecretWith } from '@/lib/auth/two-factor/totp-seal';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { serverActionId } from '../support/server-action-id';
import { worker, workerDb } from './worker';

export { serverActionId };

const hashes = new Map<string, Promise<string>>();
/**
 * A stored hash of this password at the server's own cost (2^17), made once per worker: the
 * helpers below reset the same test people's passwords before many tests, and each hash is half
 * a second of CPU. A hash with its own salt is as valid for every row that stores it.
 */
export function testPasswordHash(password: string) {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

/** axe (WCAG 2.x A and AA rules) finds no violation on the current page. */
export async function expectNoAxeViolations(page: Page) {
  // Next streams <title> with the metadata: wait for it rather than flag a page mid-stream
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Headings go down one level at a time on the current page (axe best-practice heading-order). */
export async function expectHeadingsInOrder(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
  expect(violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual([]);
}

/** Mail as the local SMTP server received it (the server runs with SMTP_URL pointing there), newest first. */
export async function mailbox(request: APIRequestContext, to: string) {
  let mails: { subject: string; text: string; html: string }[] = [];
  await expect
    .poll(
      async () =>
        (mails = (
          (await (await request.get(`${worker.mailboxOrigin}/messages?to=${encodeURIComponent(to)}`)).json()) as {
            messages: typeof mails;
          }
        ).messages).length,
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0);
  return mails[0];
}

/**
 * Calls a server action the way an attacker would, without its page's form: a POST with
 * the action's id (from the build's manifest) and the arguments of our choosing, in
 * this page's browser context (its cookies). Returns the raw response text (React's
 * flight format, in which the action's return value is JSON).
 */
export async function callServerAction(
  page: Page,
  path: string,
  file: string,
  name: string,
  args: unknown[],
  // page.request does not send the page's extra headers: pass them here (e.g. X-Forwarded-For)
  extraHeaders: Record<string, string> = {},
) {
  const id = serverActionId(file, name);
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(`${origin}${path}`, {
    headers: {
      'Next-Action': id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: origin,
      Accept: 'text/x-component',
      ...extraHeaders,
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return { status: response.status(), text: await response.text(), headers: response.headers() };
}

/** The authenticator secret of the browser tests' owners and admins (base32, 160 bits). */
const STAFF_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** playwright.config.ts gives the servers this AUTH_SECRET: the secret is sealed with its key. */
const E2E_AUTH_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e-secret';

/** Owners and admins sign in with an authenticator app (issue 24): this one's is STAFF_TOTP_SECRET. */
export async function enableTestAuthenticator(email: string) {
  const db = workerDb();
  await db.identity.update({
    where: { email },
    data: { totpSecret: sealTotpSecretWith(STAFF_TOTP_SECRET, E2E_AUTH_SECRET), totpEnabledAt: new Date() },
  });
  await db.$disconnect();
}

/** A staff member of Studio Demo with this role, made directly in the e2e database (idempotent). */
export async function ensureDemoStaff({ email, password, role }: { email: string; password: string; role: string }) {
  const db = workerDb();
  const business = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  const identity = await db.identity.upsert({
    where: { email },
    create: {
      email,
      emailVerifiedAt: new Date(),
      name: email.split('@')[0],
      passwordHash: await testPasswordHash(password),
    },
    update: {},
  });
  await db.staffMember.upsert({
    where: { businessId_identityId: { businessId: business.id, identityId: identity.id } },
    create: { businessId: business.id, identityId: identity.id, role, displayName: email.split('@')[0] },
    update: { role },
  });
  await db.$disconnect();
  if (role !== 'staff' && !identity.totpEnabledAt) await enableTestAuthenticator(email);
}

type TCookie = Awaited<ReturnType<BrowserContext['cookies']>>[number];

/**
 * Sessions this worker made by a real sign-in, by who signed in: each person signs in through the
 * form once per worker (the form and its checks are tested then, and in their own specs), and
 * later tests reuse the session's cookies, as a browser would. A session ended since (sign-out
 * everywhere, a password change, a deleted login) fails the check, and the form is used again.
 */
const sessions = new Map<string, { cookies: TCookie[]; url: string }>();

async function resumeSession(page: Page, who: string, signedIn: Locator | RegExp) {
  const saved = sessions.get(who);
  if (!saved) return false;
  await page.context().addCookies(saved.cookies);
  await page.goto(saved.url);
  if (signedIn instanceof RegExp ? signedIn.test(page.url()) : await signedIn.isVisible()) return true;
  sessions.delete(who);
  for (const { name } of saved.cookies) await page.context().clearCookies({ name });
  return false;
}

/** Keeps the cookies the sign-in set (not those the context had before it), and where it ended. */
async function keepSession(page: Page, who: string, before: TCookie[]) {
  const had = new Set(before.map((c) => `${c.name}=${c.value}`));
  const cookies = (await page.context().cookies()).filter((c) => !had.has(`${c.name}=${c.value}`));
  sessions.set(who, { cookies, url: page.url() });
}

/**
 * Signs a staff member in at /admin/sign-in (once per worker: see `sessions`); an owner or admin made by ensureDemoStaff (or given
 * enableTestAuthenticator) answers the app step with a code of STAFF_TOTP_SECRET. The last step
 * used is forgotten first: two sign-ins within one 30-second step would otherwise be a replay.
 */
export async function staffSignIn(page: Page, { email, password }: { email: string; password: string }) {
  const overview = page.getByRole('heading', { name: 'Your businesses' });
  if (await resumeSession(page, `staff ${email}`, overview)) return;
  const before = await page.context().cookies();
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  const db = workerDb();
  await db.identity.updateMany({ where: { email }, data: { totpLastStep: null } });
  await db.$disconnect();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const appStep = page.getByLabel('App code or recovery code');
  await expect(appStep.or(overview)).toBeVisible();
  if (await appStep.isVisible()) {
    await appStep.fill(await generate({ secret: STAFF_TOTP_SECRET, epoch: Math.floor(Date.now() / 1000) }));
    await page.getByRole('button', { name: 'Verify' }).click();
  }
  await expect(overview).toBeVisible();
  await keepSession(page, `staff ${email}`, before);
}

/** A client of a business with a password login, made (or reset) directly in the e2e database. */
export async function ensureClient({
  portal,
  email,
  password,
  firstName,
  lastName,
}: {
  portal: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}) {
  const db = workerDb();
  const business = await db.business.findUniqueOrThrow({ where: { slug: portal } });
  const passwordHash = await testPasswordHash(password);
  const identity = await db.identity.upsert({
    where: { email },
    create: { email, emailVerifiedAt: new Date(), passwordHash },
    update: {
      passwordHash,
      failedLogins: 0,
      lockedUntil: null,
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
    },
  });
  const card = await db.client.findFirst({ where: { businessId: business.id, email } });
  if (!card)
    await db.client.create({
      data: { businessId: business.id, identityId: identity.id, email, firstName, lastName, status: 'active' },
    });
  await db.$disconnect();
}

/** Signs a client in with email and password on a portal (English pages; once per worker: see `sessions`). */
export async function clientSignIn(
  page: Page,
  portal: string,
  { email, password }: { email: string; password: string },
  /** a session of its own, through the form (e.g. one person on two devices) */
  { newSession = false } = {},
) {
  const dashboard = new RegExp(`/p/${portal}/dashboard$`);
  if (!newSession && (await resumeSession(page, `client ${portal} ${email}`, dashboard))) return;
  const before = await page.context().cookies();
  await page.goto(`/p/${portal}/sign-in?method=password`);
  await page.getByLabel('Email or mobile number').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(dashboard);
  await keepSession(page, `client ${portal} ${email}`, before);
}
