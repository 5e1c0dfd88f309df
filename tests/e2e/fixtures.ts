import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, type Response } from '@playwright/test';

/** Where every HTML page the browser tests open is kept for the HTML checker (html-validity.spec.ts). */
export const VISITED_PAGES_DIR = path.join('test-results', 'visited-pages');

/** Keeps a document's HTML as the server sent it (before any script ran), once per distinct page. */
async function keep(response: Response, ports: string[]) {
  if (response.request().resourceType() !== 'document') return;
  // Portico's own servers only (not the stand-in Google's sign-in pages)
  if (!ports.includes(new URL(response.url()).port)) return;
  const type = response.headers()['content-type'] ?? '';
  if (!type.startsWith('text/html') || (response.status() >= 300 && response.status() < 400)) return;
  let html: string;
  try {
    html = await response.text();
  } catch {
    return; // the page was gone before its body could be read
  }
  const url = new URL(response.url());
  if (url.pathname.startsWith('/dev/')) return; // demo tooling, not a product page
  const name = createHash('sha1').update(html).digest('hex').slice(0, 16);
  mkdirSync(VISITED_PAGES_DIR, { recursive: true });
  writeFileSync(path.join(VISITED_PAGES_DIR, `${name}.html`), html);
  writeFileSync(path.join(VISITED_PAGES_DIR, `${name}.url`), url.pathname + url.search);
}

/**
 * Playwright's `test` with one addition: every page a test's browser context opens is
 * kept for the HTML checker, so the pages checked are the pages the browser tests visit.
 */
export const test = base.extend<{ keepVisitedPages: void }>({
  keepVisitedPages: [
    async ({ context, baseURL }, use) => {
      // the demo server and, two ports up, the same build on an empty database (playwright.config.ts)
      const port = Number(new URL(baseURL!).port);
      const ports = [String(port), String(port + 2)];
      const pending: Promise<void>[] = [];
      const listener = (response: Response) => void pending.push(keep(response, ports));
      context.on('response', listener);
      await use();
      context.off('response', listener);
      await Promise.all(pending);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
