import { expect, test } from './fixtures';
import { generate } from 'otplib';
import { clientSignIn, ensureClient, expectNoAxeViolations } from './helpers';
import { workerDb } from './worker';

test.use({ locale: 'en-GB' });

const person = { email: 'zara.khan@example.com', password: 'saffron meadow 27 gates' };

test.beforeAll(async () => {
  // one person, a client of two businesses
  await ensureClient({ portal: 'acme', ...person, firstName: 'Zara', lastName: 'Khan' });
  await ensureClient({ portal: 'demo', ...person, firstName: 'Zara', lastName: 'Khan' });
});

test('switch account from a portal: the person’s portals, who is signed in, another account, the language', async ({
  page,
}) => {
  await clientSignIn(page, 'acme', person);
  await page.getByRole('button', { name: 'Your account: Zara Khan' }).click();
  await page.getByRole('link', { name: 'Switch account' }).click();
  await expect(page).toHaveURL(/\/login\/choose$/);
  await expect(page.getByText('Signed in as Zara Khan')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Acme Physio' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Language: English' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Open Studio Demo' }).click();
  await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);

  await page.goto('/login/choose');
  await page.getByRole('button', { name: 'Use another account' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel('Password')).toBeVisible();
  await page.goto('/p/demo/dashboard');
  await expect(page).toHaveURL(/\/p\/demo\/sign-in/);
});

test('with an authenticator app, /login asks for its code first, and once: switching portals asks again for nothing', async ({
  page,
}) => {
  // turn on the app at Acme Physio
  await clientSignIn(page, 'acme', person);
  await page.goto('/p/acme/security');
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const secret = (await page.getByTestId('totp-key').textContent())!.trim();
  let epoch = Math.floor(Date.now() / 1000);
  await page.getByLabel('Code from the app').fill(await generate({ secret, epoch }));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem')).toHaveCount(10);

  await page.goto('/login');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/login\/two-factor$/);
  await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
  await expectNoAxeViolations(page);
  // the enrolment's step is forgotten rather than waited out (a code of that step would be a replay)
  const db = workerDb();
  await db.identity.updateMany({ where: { email: person.email }, data: { totpLastStep: null } });
  await db.$disconnect();
  epoch = Math.floor(Date.now() / 1000);
  await page.getByLabel('App code or recovery code').fill(await generate({ secret, epoch }));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/login\/choose$/);

  await page.getByRole('button', { name: 'Open Acme Physio' }).click();
  await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  await page.getByRole('button', { name: 'Your account: Zara Khan' }).click();
  await page.getByRole('link', { name: 'Switch account' }).click();
  await page.getByRole('button', { name: 'Open Studio Demo' }).click();
  await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
});

test('/login by one-time code, as in a portal; "Forgot password?" leads there', async ({ page, request }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sign in with a one-time code instead' })).toBeVisible();
  await page.getByLabel('Email or mobile number').fill(person.email);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(page.getByText('we have sent a code to z•••n@e•••e.com')).toBeVisible();
  let text = '';
  await expect
    .poll(async () => {
      const { messages } = (await (await request.get(`/api/dev/outbox?to=${person.email}`)).json()) as {
        messages: { subject: string; text: string }[];
      };
      return (text = messages.find((m) => m.subject.startsWith('Your Portico code'))?.text ?? '');
    })
    .toMatch(/\d{6}/);
  await page.getByLabel('6-digit code').fill(/\b(\d{6})\b/.exec(text)![1]);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  // the person has an authenticator app (the test above): its code comes first
  await expect(page).toHaveURL(/\/login\/(two-factor|choose)$/);
});
