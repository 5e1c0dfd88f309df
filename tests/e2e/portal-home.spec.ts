import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

test.describe('portal home', () => {
  test.use({ locale: 'en-GB' });

  test('renders in English with the business branding and a sign-in call to action', async ({ page }) => {
    await page.goto('/p/acme');
    await expect(page.locator('html')).toHaveAttribute('lang', /^en(-[A-Z]{2})?$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Acme Physio' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Log in to your account' })).toBeVisible();
    await expect(page.getByRole('banner', { name: 'Acme Physio client portal' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('renders in Italian for an Italian browser', async ({ browser }) => {
    const page = await (await browser.newContext({ locale: 'it-IT' })).newPage();
    await page.goto('/p/demo');
    await expect(page.locator('html')).toHaveAttribute('lang', /^it(-[A-Z]{2})?$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Benvenuto in Studio Demo' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Accedi al tuo account' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('falls back to the business default language when the browser names none we have', async ({ browser }) => {
    const page = await (await browser.newContext({ locale: 'pt-PT' })).newPage();
    await page.goto('/p/demo');
    await expect(page.locator('html')).toHaveAttribute('lang', /^it(-[A-Z]{2})?$/);
  });

  test('the language switcher changes the language and keeps it', async ({ page }) => {
    await page.goto('/p/acme');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('button', { name: 'Italiano' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Benvenuto in Acme Physio' })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', /^it(-[A-Z]{2})?$/);
    // and back, by keyboard: one step once the menu is open
    await page.getByRole('button', { name: 'Lingua: Italiano' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Acme Physio' })).toBeVisible();
  });

  test('works at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/p/demo');
    const cta = page.getByRole('link', { name: /Log in to your account|Accedi al tuo account/ });
    const box = await cta.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('unknown portals', () => {
  test.use({ locale: 'it-IT' });
  for (const path of ['/p/no-such-business', '/p/DEMO', '/p/%E2%9C%93', "/p/demo'--", '/p/..%2Fadmin']) {
    test(`${path} is a localized 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response!.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Pagina non trovata' })).toBeVisible();
    });
  }
});

test.describe('a missing page inside a portal', () => {
  test.use({ locale: 'en-GB' });

  test('keeps the portal’s branding and leads back to the portal home, with a 404 status', async ({ page }) => {
    const response = await page.goto('/p/demo/products/doesnotexist');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('banner', { name: 'Studio Demo client portal' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to the portal home' }).click();
    await expect(page).toHaveURL(/\/p\/demo$/);
  });
});
