import { expect, test } from './fixtures';
import { clientSignIn, expectNoAxeViolations } from './helpers';

// Every portal page in every language: the catalogue is complete (no key falls back to
// English), the page names its language, and axe finds nothing.
const languages = [
  { code: 'en', browser: 'en-GB', dashboard: 'Your next appointment', schedule: 'Schedule' },
  { code: 'it', browser: 'it-IT', dashboard: 'Il tuo prossimo appuntamento', schedule: 'Agenda' },
  { code: 'es', browser: 'es-ES', dashboard: 'Tu próxima cita', schedule: 'Citas' },
  { code: 'fr', browser: 'fr-FR', dashboard: 'Votre prochain rendez-vous', schedule: 'Rendez-vous' },
  { code: 'de', browser: 'de-DE', dashboard: 'Ihr nächster Termin', schedule: 'Termine' },
];
const pages = ['dashboard', 'schedule', 'invoices', 'payments', 'documents', 'pages', 'profile', 'security'];
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const language of languages) {
  test(`the portal in ${language.code}: every page, no axe violation`, async ({ browser, baseURL }) => {
    // 19 page loads with an axe scan each: 22–30 s on a 2-core CI machine, past the 30 s default
    test.setTimeout(90_000);
    const context = await browser.newContext({ locale: language.browser });
    const page = await context.newPage();
    // signing in takes the English form; the portal then speaks the browser's language
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL! }]);
    await clientSignIn(page, 'acme', { email: 'demo.client@example.com', password: 'portico-demo-client' });
    await context.clearCookies({ name: 'NEXT_LOCALE' });
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      for (const section of pages) {
        await page.goto(`/p/acme/${section}`);
        await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language.code}(-[A-Z]{2})?$`));
        if (section === 'dashboard')
          await expect(page.getByRole('heading', { name: language.dashboard })).toBeVisible();
        if (section === 'schedule')
          await expect(page.getByRole('heading', { level: 1, name: language.schedule })).toBeVisible();
        await expectNoAxeViolations(page);
      }
    }
    for (const path of ['/p/acme', '/p/acme/book', '/p/acme/contact']) {
      await context.clearCookies();
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language.code}`));
      await expectNoAxeViolations(page);
    }
    await context.close();
  });
}
