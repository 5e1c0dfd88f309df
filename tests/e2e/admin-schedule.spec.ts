import { expect, test } from './fixtures';
import { ensureDemoStaff, expectNoAxeViolations, mailbox, staffSignIn } from './helpers';
import { workerDb } from './worker';

// Appointments by staff (issue 10): book for a client (emailed), see it in the week view,
// move it, cancel it with a reason; the client is told each time, in their language.
const admin = { email: 'schedule.admin@example.com', password: 'schedule-admin-password-2026' };
const NOTE = 'E2E appointment';

async function removeAppointments() {
  const db = workerDb();
  await db.appointment.deleteMany({ where: { notes: NOTE } });
  await db.timeOff.deleteMany({ where: { note: 'E2E closure' } });
  await db.$disconnect();
}
test.beforeAll(async () => {
  await ensureDemoStaff({ ...admin, role: 'admin' });
  await removeAppointments();
});
test.afterAll(removeAppointments);

test('staff book, move and cancel an appointment; the client is emailed', async ({ page, request }) => {
  const db = workerDb();
  const card = await db.client.findFirstOrThrow({
    where: { email: 'demo.client@example.com', business: { slug: 'demo' } },
  });
  const { timezone } = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  await db.$disconnect();
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(new Date(Date.now() + 90 * 86_400_000));

  await staffSignIn(page, admin);
  await page.goto(`/admin/demo/clients/${card.id}`);
  await page.getByRole('link', { name: 'New appointment' }).click();
  const form = page.getByRole('form', { name: 'New appointment' });
  await form.getByLabel('Service').selectOption({ index: 1 });
  await form.getByLabel('Staff member').selectOption({ index: 1 });
  await form.getByLabel('Date').fill(day);
  await form.getByLabel('Time').fill('07:15');
  await page.getByLabel('Notes (staff only)').fill(NOTE);
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Book and email the client' }).click();
  await expect(page.getByText('Booked; the client was emailed.')).toBeVisible();
  const mail = await mailbox(request, 'demo.client@example.com');
  // the card's language is Italian: so is the email
  expect(mail.subject).toBe('Il tuo appuntamento da Studio Demo');
  await expectNoAxeViolations(page);

  // the week view shows it
  await page.getByRole('link', { name: 'Back to the schedule' }).click();
  await page.getByLabel('Show', { exact: true }).selectOption('week');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('link', { name: /7:15/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /7:15/ }).click();

  // moved: a time in the past is refused, a later one is taken
  const move = page.getByRole('form', { name: 'Move' });
  await move.getByLabel('Date').fill('2020-01-01');
  await move.getByRole('button', { name: 'Move and email the client' }).click();
  await expect(move.getByText('This time has already passed.')).toBeVisible();
  await move.getByLabel('Date').fill(day);
  await move.getByLabel('Time').fill('08:30');
  await move.getByRole('button', { name: 'Move and email the client' }).click();
  await expect(page.getByText('Moved; the client was emailed.')).toBeVisible();

  // cancelled with a reason: kept, marked cancelled
  const cancel = page.getByRole('form', { name: 'Cancel the appointment' });
  await cancel.getByRole('button', { name: 'Cancel and email the client' }).click();
  await expect(cancel.getByText('Say why: the client reads it.')).toBeVisible();
  await cancel.getByLabel('Reason (the client reads it)').fill('The studio is closed that day');
  await cancel.getByRole('button', { name: 'Cancel and email the client' }).click();
  await expect(page.getByText('Cancelled by staff: The studio is closed that day')).toBeVisible();
  await expect
    .poll(async () => (await mailbox(request, 'demo.client@example.com')).subject)
    .toBe('Il tuo appuntamento da Studio Demo è stato annullato');
});

test('staff close the business for a day; the booking page offers no time that day', async ({ page }) => {
  const db = workerDb();
  const { timezone } = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  await db.$disconnect();
  // a Wednesday about three weeks ahead, inside the booking horizon
  let at = Date.now() + 21 * 86_400_000;
  while (new Date(at).getUTCDay() !== 3) at += 86_400_000;
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(new Date(at));

  await staffSignIn(page, admin);
  await page.goto('/admin/demo/schedule');
  await page.getByRole('link', { name: 'Time off and closures' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('From (day)').fill(day);
  await page.getByLabel('Until (day)').fill(day);
  await page.getByLabel('Note (optional)').fill('E2E closure');
  await page.getByRole('button', { name: 'Add time off' }).click();
  await expect(page.getByRole('status')).toContainText('Added');
  await expect(page.getByText('E2E closure')).toBeVisible();

  const service = await page.request.get('/p/demo/book');
  expect(service.ok()).toBe(true);
  const db2 = workerDb();
  const { id: serviceId } = await db2.service.findFirstOrThrow({ where: { business: { slug: 'demo' }, active: true } });
  await db2.$disconnect();
  await page.goto(`/p/demo/book?service=${serviceId}&week=${day}&day=${day}`);
  await expect(page.getByRole('list', { name: 'Days' }).getByText('Fully booked').first()).toBeVisible();
  await expect(page.getByText(/^No free times on /)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(0);

  await page.goto('/admin/demo/schedule/time-off');
  await page
    .getByRole('button', { name: /Remove the time off of Whole business/ })
    .first()
    .click();
  await expect(page.getByText('E2E closure')).toHaveCount(0);
});
