import { devices, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clientSignIn, ensureClient, ensureDemoStaff, expectNoAxeViolations, mailbox, staffSignIn } from './helpers';

// Passkeys in Debian's Chromium through the DevTools virtual authenticator (a platform authenticator
// with resident keys and user verification, as a phone's or a laptop's): register, sign out, sign in
// with it, remove it and be refused with it.
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return cdp;
}

async function addPasskey(page: Page, name: string) {
  await page.getByLabel('Name of this passkey').fill(name);
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Passkey added.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your passkeys' }).getByText(name, { exact: true })).toBeVisible();
}

const person = {
  email: 'paola.passkey@example.com',
  password: 'passkey-client-2026',
  firstName: 'Paola',
  lastName: 'Rossi',
};

test('a client adds a passkey, signs in with it alone, removes it, and it no longer signs in', async ({
  page,
  request,
}) => {
  // a browser without passkey autofill: the button does it (Chromium's virtual authenticator would
  // otherwise answer the autofill request at once, as the next test shows)
  await page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
  await ensureClient({ portal: 'demo', ...person });
  await virtualAuthenticator(page);
  await clientSignIn(page, 'demo', person, { newSession: true });
  await page.goto('/p/demo/security');
  await expect(page.getByRole('heading', { name: 'Passkeys' })).toBeVisible();
  await expect(page.getByText('You have no passkeys yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  // a name is required, and said so under the field
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByText('Give the passkey a name.')).toBeVisible();
  await addPasskey(page, 'Work laptop');
  await expect(page.getByText('Not used yet')).toBeVisible();
  await expectNoAxeViolations(page);
  await expect
    .poll(async () => (await mailbox(request, person.email)).subject)
    .toBe('A passkey was added to your account');

  await page.getByRole('button', { name: 'Your account: Paola Rossi' }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/p\/demo$/);

  // no identifier, no password, no second step: the passkey is both
  await page.goto('/p/demo/sign-in');
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Paola' })).toBeVisible();

  await page.goto('/p/demo/security');
  await expect(page.getByText(/Last used /)).toBeVisible();
  await page.getByRole('button', { name: 'Remove the passkey “Work laptop”' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Remove the passkey “Work laptop”?' });
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('You have no passkeys yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Your account: Paola Rossi' }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.goto('/p/demo/sign-in');
  // the browser still holds the credential; the server no longer knows it
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That passkey could not be used here.' })).toBeVisible();
  await expect(page).toHaveURL(/\/p\/demo\/sign-in$/);
});

test('staff add a passkey on their Security page; the sign-in page’s autofill signs them in with it', async ({
  page,
}) => {
  const staff = { email: 'passkey.staff@demo.example.com', password: 'passkey-staff-2026' };
  await ensureDemoStaff({ ...staff, role: 'staff' });
  await virtualAuthenticator(page);
  await staffSignIn(page, staff);
  await page.goto('/admin/security');
  await addPasskey(page, 'Reception PC');
  await expectNoAxeViolations(page);
  await page.context().clearCookies();
  // the email field offers the passkey (conditional mediation); the virtual authenticator picks it
  await page.goto('/admin/sign-in');
  await expect(page.getByRole('heading', { name: 'Your businesses' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin$/);
});

test.describe('in Italian, on a phone', () => {
  const { defaultBrowserType: _browser, ...pixel } = devices['Pixel 7'];
  test.use({ ...pixel, locale: 'it-IT' });

  test('the dashboard offers a passkey once, “Non ora” puts it away; the pages pass axe', async ({ page }) => {
    const phone = { ...person, email: 'paola.telefono@example.com' };
    await ensureClient({ portal: 'demo', ...phone });
    await virtualAuthenticator(page);
    await page.goto('/p/demo/sign-in?method=password');
    await expect(page.getByRole('button', { name: 'Accedi con una passkey' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Email o numero di cellulare').fill(phone.email);
    await page.getByLabel('Password').fill(phone.password);
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await expect(page).toHaveURL(/\/p\/demo\/dashboard$/);
    const offer = page.getByRole('region', { name: 'La prossima volta accedi con il volto o l’impronta' });
    await expect(offer).toBeVisible();
    await expectNoAxeViolations(page);
    await offer.getByRole('button', { name: 'Non ora' }).click();
    await expect(offer).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(offer).toBeHidden();
    await page.goto('/p/demo/security');
    await expect(page.getByRole('heading', { name: 'Passkey', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
