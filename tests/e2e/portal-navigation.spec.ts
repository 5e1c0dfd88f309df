import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectHeadingsInOrder, expectNoAxeViolations } from './helpers';

async function signIn(page: Page, portal: string) {
  await page.goto(`/p/${portal}/sign-in?method=password`);
  await page.getByLabel(/Email or mobile number|Email o numero di cellulare/).fill('demo.client@example.com');
  await page.getByLabel('Password').fill('portico-demo-client');
  await page.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${portal}/dashboard$`));
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });

  test('a compact header and a bottom bar of five items that fits and marks the current section', async ({ page }) => {
    await signIn(page, 'acme');
    const header = page.getByRole('banner');
    const nav = page.getByRole('navigation', { name: 'Portal sections' });
    // the header is one bar: logo, business name and the account menu (the nav is the fixed bottom bar)
    const headerBox = (await header.locator('> div').first().boundingBox())!;
    expect(headerBox.height).toBeLessThanOrEqual(72);
    const items = nav.locator('li:visible');
    await expect(items).toHaveCount(5);
    for (const box of await Promise.all((await items.all()).map((i) => i.boundingBox()))) {
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.y).toBeGreaterThan(700); // at the bottom, within the thumb's reach
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');

    await nav.getByRole('link', { name: 'Schedule' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Schedule' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current');

    // the other sections are under "More"
    await expect(nav.getByRole('link', { name: 'Profile' })).toBeHidden();
    await nav.getByRole('button', { name: 'More' }).click();
    await page.getByRole('dialog', { name: 'More' }).getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'More' })).toBeHidden();
    await nav.getByRole('button', { name: 'More' }).click();
    await expect(page.getByRole('dialog', { name: 'More' }).getByRole('link', { name: 'Profile' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.keyboard.press('Escape');

    // one account menu: who is signed in, language, sign out
    await header.getByRole('button', { name: 'Your account: Demo Client' }).click();
    const menu = page.getByRole('dialog', { name: 'Your account' });
    await expect(menu.getByText('Signed in as Demo Client')).toBeVisible();
    await expect(menu.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    await expect(menu.getByRole('link', { name: 'Switch account' })).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('choosing a language in the account menu takes one step', async ({ page }) => {
    await signIn(page, 'acme');
    await page.getByRole('button', { name: 'Your account: Demo Client' }).click();
    await page.getByRole('dialog', { name: 'Your account' }).getByRole('button', { name: 'Italiano' }).click();
    await expect(page.getByRole('heading', { name: 'Il tuo prossimo appuntamento' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sezioni del portale' })).toBeVisible();
    // back to English for the other tests of this person
    await page.getByRole('button', { name: 'Il tuo account: Demo Client' }).click();
    await page.getByRole('dialog', { name: 'Il tuo account' }).getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Your next appointment' })).toBeVisible();
  });
});

test.describe('on a desktop (1280 × 800)', () => {
  test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });

  test('every section in one row, the current one marked', async ({ page }) => {
    await signIn(page, 'acme');
    const nav = page.getByRole('navigation', { name: 'Portal sections' });
    for (const name of ['Dashboard', 'Schedule', 'Invoices', 'Documents', 'Payments', 'Pages', 'Profile', 'Security'])
      await expect(nav.getByRole('link', { name })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'More' })).toBeHidden();
    await nav.getByRole('link', { name: 'Security' }).click();
    await expect(nav.getByRole('link', { name: 'Security' })).toHaveAttribute('aria-current', 'page');
    const box = (await nav.boundingBox())!;
    expect(box.y).toBeLessThan(200); // under the header, not at the bottom
    await expectNoAxeViolations(page);
  });
});

test.describe('the reader’s locale', () => {
  const issuedDate = (page: Page) =>
    page
      .getByText(/^Issued /)
      .first()
      .textContent();

  test('an en-GB reader sees day-month dates, an en-US reader month-day, in pages and the timezone in words', async ({
    browser,
  }) => {
    const gb = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await signIn(gb, 'acme');
    await gb.goto('/p/acme/invoices');
    expect(await issuedDate(gb)).toMatch(/^Issued \d{1,2} [A-Z][a-z]{2,3} \d{4} ·/);
    await gb.goto('/p/acme/schedule');
    await expect(gb.getByText('Times are shown in United Kingdom Time.')).toBeVisible();
    await expectHeadingsInOrder(gb);
    await expect(gb.getByRole('article').first()).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4}/);

    const us = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await signIn(us, 'acme');
    await us.goto('/p/acme/invoices');
    expect(await issuedDate(us)).toMatch(/^Issued [A-Z][a-z]{2} \d{1,2}, \d{4} ·/);
    await us.goto('/p/acme/schedule');
    await expect(us.getByRole('article').first()).toContainText(/[A-Z][a-z]+ \d{1,2}, \d{4}/);
  });
});

test.describe('the portal’s icon', () => {
  test('every portal page names an icon made from the business (initials on its colour), and /favicon.ico resolves', async ({
    page,
    request,
  }) => {
    await page.goto('/p/acme');
    const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(href).toMatch(/^\/api\/branding\/[\w-]+\/icon/);
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/png');
    expect((await icon.body()).subarray(1, 4).toString()).toBe('PNG');
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', href!);
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toContain('image/svg+xml');
  });
});
