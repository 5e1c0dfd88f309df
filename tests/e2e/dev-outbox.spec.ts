import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

test.use({ locale: 'en-GB' });

test('the dev outbox page is readable in demo mode', async ({ page }) => {
  await page.goto('/dev/outbox');
  await expect(page.getByRole('heading', { name: 'Dev outbox' })).toBeVisible();
  await expect(page.getByLabel('Recipient')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the home page lists the demo portals in demo mode', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Open the Studio Demo portal' }).click();
  await expect(page).toHaveURL(/\/p\/demo$/);
});
