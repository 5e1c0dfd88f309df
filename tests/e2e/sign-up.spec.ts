import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

test.use({ locale: 'en-GB' });

test('self sign-up with the email of an existing card attaches the login to that card (merge)', async ({
  page,
  request,
}) => {
  const card = 'oliver.wilson@example.com'; // made by staff, never signed in
  await page.goto('/p/acme/sign-in');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { name: 'Create your Acme Physio account' })).toBeVisible();
  await page.getByLabel('Email or mobile number').fill(card);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByText(/We have sent a code to o•••n@e•••e\.com/)).toBeVisible();
  await expectNoAxeViolations(page);
  let text = '';
  await expect
    .poll(async () => {
      const { messages } = (await (await request.get(`/api/dev/outbox?to=${card}`)).json()) as {
        messages: { text: string }[];
      };
      return (text = messages[0]?.text ?? '');
    })
    .toMatch(/\d{6}/);
  await page.getByLabel('First name').fill('Olly');
  await page.getByLabel('Last name').fill('W');
  await page.getByLabel('6-digit code').fill(/\b(\d{6})\b/.exec(text)![1]);
  await page.getByLabel('New password').fill('northern lights 2040');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/p\/acme\/dashboard$/);
  // the existing card, as the business entered it
  await expect(page.getByRole('button', { name: 'Your account: Oliver Wilson' })).toBeVisible();
});
