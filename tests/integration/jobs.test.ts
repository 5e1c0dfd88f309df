// Issue 11: scheduled work — reminders (once, even when two runs overlap), access-ending
// notices, clean-up of expired codes — each safe to run again.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { sendAccessEndingNotices } from '@/lib/jobs/access-ending-notices';
import { sendAppointmentReminders } from '@/lib/jobs/appointment-reminders';
import { expireCodes } from '@/lib/jobs/expire-codes';
import { seedDemo } from '../support/demo';

const NOW = new Date('2027-05-10T08:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3600_000);
let demoId: string;

async function card(data: { firstName: string; email?: string; phone?: string; locale?: string }) {
  return db.client.create({ data: { businessId: demoId, ...data } });
}

beforeAll(async () => {
  await seedDemo();
  demoId = (await db.business.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
}, 60_000);

describe('appointment reminders', () => {
  it('two overlapping runs send one reminder, in the client’s language, by SMS when there is no email', async () => {
    const anna = await card({ firstName: 'Anna', email: 'anna.reminder@example.com', locale: 'it' });
    const piero = await card({ firstName: 'Piero', phone: '+393339876543', locale: 'en' });
    const base = { businessId: demoId, createdAt: hours(-72), status: 'booked' };
    await db.appointment.createMany({
      data: [
        { ...base, clientId: anna.id, startsAt: hours(20), endsAt: hours(21) },
        { ...base, clientId: piero.id, startsAt: hours(23), endsAt: hours(24) },
        // booked inside the lead time: the confirmation was enough
        { ...base, clientId: anna.id, startsAt: hours(22), endsAt: hours(23), createdAt: hours(-1) },
        // further than 24 hours ahead: not yet
        { ...base, clientId: anna.id, startsAt: hours(30), endsAt: hours(31) },
      ],
    });
    const runs = await Promise.all([sendAppointmentReminders(NOW), sendAppointmentReminders(NOW)]);
    expect(runs[0].sent + runs[1].sent).toBe(2);
    const email = await db.outboundMessage.findMany({
      where: { to: 'anna.reminder@example.com', kind: 'appointment_reminder' },
    });
    expect(email).toHaveLength(1);
    expect(email[0]).toMatchObject({ locale: 'it', subject: 'Promemoria: il tuo appuntamento da Studio Demo' });
    const sms = await db.outboundMessage.findMany({ where: { to: '+393339876543', kind: 'appointment_reminder' } });
    expect(sms).toHaveLength(1);
    expect(sms[0].channel).toBe('sms');
    expect(sms[0].text.length).toBeLessThanOrEqual(160);
    // and a third run later finds nothing left to send
    expect(await sendAppointmentReminders(hours(1))).toEqual({ sent: 0 });
  });

  it('a business that turned reminders off sends none', async () => {
    await db.business.update({ where: { id: demoId }, data: { reminderHours: 0 } });
    const carla = await card({ firstName: 'Carla', email: 'carla.reminder@example.com' });
    await db.appointment.create({
      data: { businessId: demoId, clientId: carla.id, startsAt: hours(5), endsAt: hours(6), createdAt: hours(-72) },
    });
    await sendAppointmentReminders(NOW);
    expect(await db.outboundMessage.count({ where: { to: 'carla.reminder@example.com' } })).toBe(0);
    await db.business.update({ where: { id: demoId }, data: { reminderHours: 24 } });
  });
});

describe('access ending notices', () => {
  it('tells a client once, three days before a long access to a restricted page ends', async () => {
    const page = await db.restrictedPage.findFirstOrThrow({ where: { businessId: demoId } });
    const dora = await card({ firstName: 'Dora', email: 'dora.access@example.com', locale: 'en' });
    const eva = await card({ firstName: 'Eva', email: 'eva.access@example.com' });
    await db.pageAccess.createMany({
      data: [
        { businessId: demoId, pageId: page.id, clientId: dora.id, from: hours(-30 * 24), until: hours(48) },
        // two days long from the start: no notice
        { businessId: demoId, pageId: page.id, clientId: eva.id, from: hours(-1), until: hours(47) },
      ],
    });
    const [first, second] = await Promise.all([sendAccessEndingNotices(NOW), sendAccessEndingNotices(NOW)]);
    expect(first.sent + second.sent).toBe(1);
    const notice = await db.outboundMessage.findFirstOrThrow({ where: { to: 'dora.access@example.com' } });
    expect(notice.subject).toBe(`Your access to ${page.title} ends soon`);
    expect(await db.outboundMessage.count({ where: { to: 'eva.access@example.com' } })).toBe(0);
  });
});

describe('clean-up', () => {
  it('deletes codes and links that expired more than a day ago, and keeps the others', async () => {
    const common = {
      businessId: demoId,
      purpose: 'sign_in',
      codeHash: 'x',
      destination: 'a@example.com',
      channel: 'email',
    };
    await db.oneTimeCode.createMany({
      data: [
        { ...common, expiresAt: hours(-48) },
        { ...common, codeHash: 'y', expiresAt: hours(-1) },
      ],
    });
    const result = await expireCodes(NOW);
    expect(result.codes).toBeGreaterThanOrEqual(1);
    expect(await db.oneTimeCode.count({ where: { codeHash: 'y' } })).toBe(1);
    expect(await db.oneTimeCode.count({ where: { codeHash: 'x' } })).toBe(0);
  });
});
