// Issue 11: staff reword a message per kind and language (seed 000 "templates of notifications"):
// an unknown variable or broken braces are refused; the wording goes out in that language only.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { sendAppointmentReminders } from '@/lib/jobs/appointment-reminders';
import { defaultTemplate, resetTemplate, saveTemplate } from '@/lib/notifications/template-overrides';
import { seedDemo } from '../support/demo';

let demoId: string;
const NOW = new Date('2027-06-01T08:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3600_000);

beforeAll(async () => {
  await seedDemo();
  demoId = (await db.business.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
}, 60_000);

describe('notification templates', () => {
  it('refuses an unknown variable (named) and broken braces, and saves nothing', async () => {
    const save = (subject: string, body: string) =>
      saveTemplate({
        businessId: demoId,
        kind: 'appointment_reminder',
        locale: 'it',
        values: { subject, body },
        staffIdentityId: 'x',
      });
    expect(await save('Promemoria', 'Ciao {nome}')).toEqual({
      ok: false,
      error: 'invalid',
      fields: { body: 'unknownVariable', variable: 'nome' },
    });
    expect(await save('Promemoria {client_name', 'Ciao')).toEqual({
      ok: false,
      error: 'invalid',
      fields: { subject: 'brokenMarkup' },
    });
    expect(await save('', 'Ciao')).toEqual({ ok: false, error: 'invalid', fields: { subject: 'subjectRequired' } });
    expect(await db.notificationTemplate.count({ where: { businessId: demoId } })).toBe(0);
  });

  it('a saved Italian wording is what an Italian client gets; an English client still gets the built-in text', async () => {
    expect(
      await saveTemplate({
        businessId: demoId,
        kind: 'appointment_reminder',
        locale: 'it',
        values: { subject: 'A domani, {client_name}!', body: 'Ti aspettiamo per {service}: {when}. Studio Demo' },
        staffIdentityId: 'x',
      }),
    ).toEqual({ ok: true });
    const base = { businessId: demoId, status: 'booked', createdAt: hours(-72) };
    const italian = await db.client.create({
      data: { businessId: demoId, firstName: 'Gino', email: 'gino.t@example.com', locale: 'it' },
    });
    const english = await db.client.create({
      data: { businessId: demoId, firstName: 'Ann', email: 'ann.t@example.com', locale: 'en' },
    });
    await db.appointment.createMany({
      data: [
        { ...base, clientId: italian.id, startsAt: hours(10), endsAt: hours(11) },
        { ...base, clientId: english.id, startsAt: hours(12), endsAt: hours(13) },
      ],
    });
    await sendAppointmentReminders(NOW);
    const gino = await db.outboundMessage.findFirstOrThrow({ where: { to: 'gino.t@example.com' } });
    expect(gino.subject).toBe('A domani, Gino!');
    expect(gino.text).toContain('Ti aspettiamo per');
    const ann = await db.outboundMessage.findFirstOrThrow({ where: { to: 'ann.t@example.com' } });
    expect(ann.subject).toBe('Reminder: your appointment at Studio Demo');
  });

  it('reset brings back the built-in text, shown to staff with the variables they write', async () => {
    await resetTemplate({ businessId: demoId, kind: 'appointment_reminder', locale: 'it', staffIdentityId: 'x' });
    expect(await db.notificationTemplate.count({ where: { businessId: demoId } })).toBe(0);
    expect(await defaultTemplate('appointment_reminder', 'en')).toEqual({
      subject: 'Reminder: your appointment at {business_name}',
      body: 'Hello {client_name}, a reminder of your {service} at {business_name} on {when}. If you cannot come, cancel from your portal.',
    });
  });

  it('SMS wording: the registration text must keep the login and password; a reminder SMS uses the saved wording', async () => {
    expect(
      await saveTemplate({
        businessId: demoId,
        kind: 'sms_registration',
        locale: 'it',
        values: { subject: undefined, body: '{business_name}: benvenuto!' },
        staffIdentityId: 'x',
      }),
    ).toEqual({ ok: false, error: 'invalid', fields: { body: 'variableRequired', variable: 'login' } });
    expect(
      await saveTemplate({
        businessId: demoId,
        kind: 'sms_appointment_reminder',
        locale: 'it',
        values: { subject: undefined, body: '{business_name}: ci vediamo {time} per {service}' },
        staffIdentityId: 'x',
      }),
    ).toEqual({ ok: true });
    const sms = await db.client.create({
      data: { businessId: demoId, firstName: 'Sara', phone: '+393331112223', locale: 'it' },
    });
    await db.appointment.create({
      data: { businessId: demoId, clientId: sms.id, startsAt: hours(6), endsAt: hours(7), createdAt: hours(-72) },
    });
    await sendAppointmentReminders(NOW);
    const text = (await db.outboundMessage.findFirstOrThrow({ where: { to: '+393331112223' } })).text;
    expect(text).toMatch(/^Studio Demo: ci vediamo .+ per /);
  });
});
