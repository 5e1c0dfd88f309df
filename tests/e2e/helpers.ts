import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** axe (WCAG 2.x A and AA rules) finds no violation on the current page. */
export async function expectNoAxeViolations(page: Page) {
  // Next streams <title> with the metadata: wait for it rather than flag a page mid-stream
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Mail as the local SMTP server received it (the server runs with SMTP_URL pointing there), newest first. */
export async function mailbox(request: APIRequestContext, to: string) {
  let mails: { subject: string; text: string; html: string }[] = [];
  await expect
    .poll(
      async () =>
        (mails = (
          (await (await request.get(`http://127.0.0.1:2526/messages?to=${encodeURIComponent(to)}`)).json()) as {
            messages: typeof mails;
          }
        ).messages).length,
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0);
  return mails[0];
}
