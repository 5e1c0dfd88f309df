import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clientSignIn } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });

/**
 * Every visible control's tap target, from its bounding box: links, buttons, selects, inputs,
 * and for a checkbox or radio the label that carries it. Links inside running text are exempt
 * (WCAG 2.5.8 "inline"), as is the skip link (off screen until focused).
 */
async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, summary');
    for (const el of controls) {
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      if (el.closest('[aria-hidden="true"]')) continue; // a honeypot field people never see
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const target =
        el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
          ? (el.closest('label') ?? el)
          : el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not rendered (sr-only, closed menus)
      if (box.width <= 1 && box.height <= 1) continue;
      if (el.tagName === 'A' && el.closest('p') && el.closest('p')!.textContent!.trim() !== el.textContent!.trim())
        continue;
      if (box.height < 44 || box.width < 44)
        small.push(
          `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return small;
  });
}

const publicPages = [
  '/p/acme',
  '/p/acme/sign-in',
  '/p/acme/sign-in?method=password',
  '/p/acme/forgot-password',
  '/p/acme/sign-up',
  '/p/demo/book',
  '/p/acme/contact',
];
const signedInPages = [
  '/p/acme/dashboard',
  '/p/acme/schedule',
  '/p/acme/schedule?view=past',
  '/p/acme/invoices',
  '/p/acme/payments',
  '/p/acme/documents',
  '/p/acme/pages',
  '/p/acme/profile',
  '/p/acme/security',
];

test('every control on the public portal pages is at least 44 × 44 px', async ({ page }) => {
  const found: Record<string, string[]> = {};
  for (const path of publicPages) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    const small = await smallTargets(page);
    if (small.length) found[path] = small;
  }
  expect(found).toEqual({});
});

test('every control on the signed-in portal pages is at least 44 × 44 px', async ({ page }) => {
  await clientSignIn(page, 'acme', { email: 'demo.client@example.com', password: 'portico-demo-client' });
  const found: Record<string, string[]> = {};
  for (const path of signedInPages) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    const small = await smallTargets(page);
    if (small.length) found[path] = small;
  }
  await page.goto('/p/acme/invoices');
  await page.locator('main a[href*="/invoices/"]').first().click();
  await expect(page.getByRole('link', { name: 'Download PDF' })).toBeVisible();
  const detail = await smallTargets(page);
  if (detail.length) found['invoice'] = detail;
  expect(found).toEqual({});
});
