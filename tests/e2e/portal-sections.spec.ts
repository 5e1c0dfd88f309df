import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

async function signIn(page: Page, portal: string) {
  await page.goto(`/p/${portal}/sign-in?method=password`);
  await page.getByLabel(/Email or mobile number|Email o numero di cellulare/).fill('demo.client@example.com');
  await page.getByLabel('Password').fill('portico-demo-client');
  await page.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${portal}/dashboard$`));
}

test.describe('the client portal (English)', () => {
  test.use({ locale: 'en-GB' });

  test('dashboard, schedule, invoices, payments and documents', async ({ page }) => {
    await signIn(page, 'acme');
    await expect(page.getByRole('heading', { name: 'Your next appointment' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'To pay' })).toBeVisible();
    await expect(page.getByText('£')).toBeVisible();
    await expectNoAxeViolations(page);

    const nav = page.getByRole('navigation', { name: 'Portal sections' });
    await nav.getByRole('link', { name: 'Schedule' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
    await expect(page.getByText('Times are shown in United Kingdom Time.')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(3);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Past' }).click();
    await expect(page.getByText('Cancelled').first()).toBeVisible();

    await nav.getByRole('link', { name: 'Invoices' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
    await page.getByLabel('Show').selectOption('overdue');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/status=overdue/);
    await expect(page.getByRole('link', { name: /Invoice \d{4}-0003/ })).toBeVisible();
    await page.getByRole('link', { name: /Invoice \d{4}-0003/ }).click();
    await expect(page.getByRole('heading', { name: /Invoice \d{4}-0003/ })).toBeVisible();
    await expect(page.getByText('Overdue')).toBeVisible();
    await expectNoAxeViolations(page);
    const pdf = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download PDF' }).click();
    const pdfFile = await pdf;
    expect(pdfFile.suggestedFilename()).toMatch(/^invoice-\d{4}-0003\.pdf$/);
    const bytes = await (await import('node:fs/promises')).readFile((await pdfFile.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    await nav.getByRole('link', { name: 'Payments' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Payment history' })).toBeVisible();
    await expect(page.getByText('PAY-ACME-1')).toBeVisible();
    await expectNoAxeViolations(page);
    const receipt = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download receipt' }).first().click();
    expect((await receipt).suggestedFilename()).toMatch(/^receipt-.+\.pdf$/);

    await nav.getByRole('link', { name: 'Documents' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download Treatment plan.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('Treatment plan.pdf');
    await expectNoAxeViolations(page);
  });

  test('cancel an upcoming appointment, confirmed in a dialog', async ({ page }) => {
    await signIn(page, 'acme');
    await page.goto('/p/acme/schedule');
    const first = page
      .getByRole('article')
      .filter({ has: page.getByRole('button', { name: 'Cancel appointment' }) })
      .first();
    await first.getByRole('button', { name: 'Cancel appointment' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Cancel this appointment?' });
    await expect(dialog).toContainText('Acme Physio will be told.');
    await dialog.getByLabel('Reason (optional)').fill('Travelling');
    await dialog.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The appointment was cancelled.' })).toBeVisible();
  });

  test('add an appointment to a calendar, and subscribe with a revocable feed', async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signIn(page, 'acme');
    await page.goto('/p/acme/schedule');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Add to calendar' }).first().click();
    // named after the business, the service and the day (issue 25 §4.4)
    expect((await download).suggestedFilename()).toMatch(/^Acme Physio - .+ - \d{4}-\d{2}-\d{2}\.ics$/);

    await page.getByRole('button', { name: 'Create a calendar link' }).click();
    const url = await page.getByLabel('Calendar link').inputValue();
    expect(url).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
    const calendarApp = await playwright.request.newContext({ baseURL }); // no cookies: the link is the credential
    const feed = await calendarApp.get(new URL(url).pathname);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    expect(await feed.text()).toContain('BEGIN:VEVENT');

    // it asks first: keeping it changes nothing
    await page.getByRole('button', { name: 'Stop the link' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Stop the calendar link?' });
    await expect(confirm).toContainText('disconnects every calendar');
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    expect((await calendarApp.get(new URL(url).pathname)).status()).toBe(200);
    await page.getByRole('button', { name: 'Stop the link' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Stop the link' }).click();
    await expect(page.getByRole('button', { name: 'Create a calendar link' })).toBeVisible();
    expect((await calendarApp.get(new URL(url).pathname)).status()).toBe(404);
  });

  test('upload a document; a refused type and an oversized file are explained', async ({ page }) => {
    await signIn(page, 'acme');
    await page.goto('/p/acme/documents');
    const file = page.getByLabel('File');
    await file.setInputFiles({
      name: 'Referral letter.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Uploaded. Acme Physio can now see it.' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download Referral letter.pdf' })).toBeVisible();
    await expect(page.getByText('Uploaded by you')).toBeVisible();

    await file.setInputFiles({
      name: 'photo.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ this is not a pdf'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This kind of file is not accepted.' })).toBeVisible();
    // under the file field, read with it, with focus there
    await expect(file).toHaveAccessibleDescription(/This kind of file is not accepted\./);
    await expect(file).toBeFocused();

    await file.setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(20 * 1024 * 1024 + 1),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This file is larger than 20 MB.' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an upload posted from another origin is refused', async ({ page }) => {
    await signIn(page, 'acme');
    const response = await page.request.post('/api/portal/acme/uploads', {
      headers: { Origin: 'https://evil.example' },
      multipart: { file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') } },
    });
    expect(response.status()).toBe(403);
  });

  test('a restricted page whose access has ended says so, with the date', async ({ page }) => {
    await signIn(page, 'acme');
    await page.getByRole('navigation', { name: 'Portal sections' }).getByRole('link', { name: 'Pages' }).click();
    await page.getByRole('link', { name: /Home exercises/ }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Your access to this page ended on .+\. Contact Acme Physio to extend it\./ }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /Download/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('another client’s or business’s document and invoice ids are 404', async ({ page, request }) => {
    await signIn(page, 'acme');
    // an id from Studio Demo, fetched with the Acme session
    await page.goto('/p/acme/invoices/does-not-exist');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect((await page.request.get('/api/portal/acme/documents/does-not-exist')).status()).toBe(404);
    expect((await request.get('/api/portal/acme/documents/anything')).status()).toBe(404); // no session at all
  });
});

test.describe('il portale clienti (italiano)', () => {
  test.use({ locale: 'it-IT' });

  test('riepilogo, agenda e fatture', async ({ page }) => {
    await signIn(page, 'demo');
    await expect(page.getByRole('heading', { name: 'Il tuo prossimo appuntamento' })).toBeVisible();
    await expect(page.getByText('€').first()).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Sezioni del portale' });
    await nav.getByRole('link', { name: 'Agenda' }).click();
    await expect(page.getByText('Orari indicati secondo: Ora dell’Europa centrale.')).toBeVisible();
    await nav.getByRole('link', { name: 'Fatture' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Fatture' })).toBeVisible();
    await expectNoAxeViolations(page);
    // a restricted page open to this client without end date, with its file
    await nav.getByRole('link', { name: 'Pagine' }).click();
    await page.getByRole('link', { name: /Esercizi a casa/ }).click();
    await expect(page.getByText('Accesso senza scadenza')).toBeVisible();
    await expect(page.getByText('Tre esercizi da fare ogni mattina')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Scarica home-exercises.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('home-exercises.pdf');
    await expectNoAxeViolations(page);
  });
});
