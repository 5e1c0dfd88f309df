import { devices, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

// The admin on a phone, in Italian (issue 9): sign in, find a client, open the card, reset a
// password by SMS (the official Twilio SDK against Twilio's published spec in Prism), and the
// page never scrolls sideways.
test.use({ ...devices['Pixel 7'], locale: 'it-IT', defaultBrowserType: 'chromium' });

const reception = { email: 'reception@demo.example.com', password: 'studio-demo-staff-2026' };

async function fitsTheScreen(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

test('staff use the admin on a phone in Italian, and a password reset goes out by SMS', async ({ page }) => {
  await page.goto('/admin/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accesso staff');
  await page.getByLabel('Email').fill(reception.email);
  await page.getByLabel('Password').fill(reception.password);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await page.getByRole('link', { name: 'Studio Demo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clienti' })).toBeVisible();
  await fitsTheScreen(page);
  await expectNoAxeViolations(page);

  await page.getByRole('searchbox', { name: 'Cerca' }).fill('Gallo');
  await page.getByRole('button', { name: 'Applica' }).click();
  await page.getByRole('link', { name: /Gallo/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Recapiti' })).toBeVisible();
  await fitsTheScreen(page);
  await expectNoAxeViolations(page);

  // an Italian business shows an Italian mobile in its national form ("333 123 4567")
  const shown = (await page
    .getByRole('definition')
    .filter({ hasText: /^3\d{2} \d{3} \d{3,4}/ })
    .first()
    .textContent())!.match(/^[\d ]+\d/)![0];
  const phone = `+39${shown.replace(/ /g, '')}`;
  await page.getByRole('button', { name: 'Reimposta password' }).last().click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Invia nuova password' }).click();
  await expect(page.getByText(`Una nuova password è stata inviata a ${shown}.`)).toBeVisible();
  await expect
    .poll(async () => {
      const { messages } = (await (
        await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(phone)}`)
      ).json()) as {
        messages: { channel: string; status: string }[];
      };
      return messages.find((m) => m.channel === 'sms')?.status;
    })
    .toBe('sent');
});
