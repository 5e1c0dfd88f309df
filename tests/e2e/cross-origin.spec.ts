import { expect, test } from './fixtures';
import { serverActionId } from './helpers';

// docs/SECURITY.md, attack 13: cross-origin POSTs to a server action and to sign-out are refused.

test('a server action posted from another origin is refused and changes nothing', async ({ request, baseURL }) => {
  // the language menu's action, posted as its form would be (without JavaScript)
  const id = `$ACTION_ID_${serverActionId('lib/actions/set-locale.ts', 'setLocale')}`;
  const post = (origin: string) =>
    request.post('/p/demo', { headers: { Origin: origin }, multipart: { [id]: '', locale: 'it' }, maxRedirects: 0 });

  const forged = await post('https://evil.example');
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(forged.headers()['set-cookie'] ?? '').not.toContain('NEXT_LOCALE=it');

  const same = await post(new URL(baseURL!).origin);
  expect(same.headers()['set-cookie'] ?? '').toContain('NEXT_LOCALE=it'); // the control: the same request from the site works
});

test('sign-out posted from another origin without the CSRF token leaves the session alone', async ({ page }) => {
  await page.goto('/p/demo/sign-in?method=password');
  await page.getByLabel(/Email or mobile number|Email o numero di cellulare/).fill('demo.client@example.com');
  await page.getByLabel('Password').fill('portico-demo-client');
  await page.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
  await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
  const response = await page.request.post('/api/auth/signout', {
    headers: { Origin: 'https://evil.example' },
    form: { callbackUrl: '/' },
    maxRedirects: 0,
  });
  expect(response.headers()['set-cookie'] ?? '').not.toMatch(/authjs\.session-token=;/);
  await page.goto('/p/demo/dashboard');
  await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
});
