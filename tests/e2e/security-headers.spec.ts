import { expect, test } from './fixtures';
import { clientSignIn } from './helpers';

test.use({ locale: 'en-GB' });

test('every page carries a nonce-based Content-Security-Policy, no framing, a Permissions-Policy', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/login', '/p/acme', '/p/acme/sign-in', '/admin/sign-in']) {
    const response = await request.get(path);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(response.headers()['permissions-policy'], path).toContain('camera=()');
    // Next's own scripts carry this response's nonce
    const nonce = /'nonce-([\w+/=]+)'/.exec(csp)![1];
    const html = await response.text();
    expect(html, path).toContain(`nonce="${nonce}"`);
    // no HSTS over plain HTTP (it is sent when the request came over HTTPS)
    expect(response.headers()['strict-transport-security'], path).toBeUndefined();
  }
  const overHttps = await request.get('/p/acme', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');

  // and the policy blocks nothing the portal needs: no violation while a client uses it,
  // not even one a script catches (DevTools issues: what Lighthouse's best practices count)
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Audits.enable');
  devtools.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'ContentSecurityPolicyIssue') violations.push(JSON.stringify(issue.details));
  });
  for (const path of ['/p/acme/sign-in', '/login', '/admin/sign-in']) {
    await page.goto(path);
    await page
      .getByRole('button', { name: /Send me a code|Sign in|Continue/ })
      .first()
      .waitFor();
  }
  await clientSignIn(page, 'acme', { email: 'demo.client@example.com', password: 'portico-demo-client' });
  await page.getByRole('button', { name: 'Your account: Demo Client' }).click();
  await expect(page.getByRole('dialog', { name: 'Your account' })).toBeVisible();
  await page.goto('/p/acme/security');
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  expect(violations).toEqual([]);
});
