// Issue 11: the portal's contact form creates or matches the card (source contact_form),
// keeps the message on it, tells the owners and admins, and acknowledges in the writer's language.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendContactMessage } from '@/lib/contact/send-contact-message';
import { listContactMessages } from '@/lib/contact/list-contact-messages';
import { db } from '@/lib/db';
import { issueFormToken } from '@/lib/public-forms/form-token';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let demo: { id: string; slug: string; name: string; accentColor: string; country: string; defaultLocale: string };
const NOW = new Date('2026-11-23T10:00:00Z');

const send = async (change: Record<string, string> = {}, locale = 'it', now = NOW) =>
  sendContactMessage({
    business: demo,
    values: {
      firstName: 'Paolo',
      lastName: 'Verdi',
      email: 'paolo.verdi@example.com',
      phone: '',
      message: 'Avete disponibilità sabato?',
      formToken: await issueFormToken('contact', demo.id, now.getTime() - 10_000),
      website: '',
      ...change,
    },
    signedInClientId: null,
    locale,
    ip: null,
    now,
  });

beforeAll(async () => {
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({
    where: { slug: 'demo' },
    select: { id: true, slug: true, name: true, accentColor: true, country: true, defaultLocale: true },
  });
}, 60_000);

describe('contact form', () => {
  it('creates the card once for two messages with the same email, and keeps both messages on it', async () => {
    expect(await send()).toEqual({ ok: true });
    expect(await send({ message: 'E domenica?', firstName: 'P.' }, 'it', new Date(NOW.getTime() + 60_000))).toEqual({
      ok: true,
    });
    const cards = await db.client.findMany({ where: { businessId: demo.id, email: 'paolo.verdi@example.com' } });
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ source: 'contact_form', firstName: 'Paolo', locale: 'it' });
    const messages = await listContactMessages({ businessId: demo.id, clientId: cards[0].id });
    expect(messages.map((m) => m.message)).toEqual(['E domenica?', 'Avete disponibilità sabato?']);
  });

  it('keeps one message when the same form is posted twice', async () => {
    await send({ message: 'Doppio invio' });
    await send({ message: 'Doppio invio' });
    expect(await db.contactMessage.count({ where: { businessId: demo.id, message: 'Doppio invio' } })).toBe(1);
  });

  it('acknowledges only at a proven contact, never with the visitor’s text, and alerts the owner with a link to the card', async () => {
    const card = await db.client.findFirstOrThrow({ where: { businessId: demo.id, email: 'paolo.verdi@example.com' } });
    // nobody proved Paolo's address: no acknowledgement goes there (the form is no relay)
    expect(
      await db.outboundMessage.count({ where: { to: 'paolo.verdi@example.com', kind: 'contact_acknowledgement' } }),
    ).toBe(0);
    const alert = await db.outboundMessage.findFirstOrThrow({
      where: { to: DEMO_CREDENTIALS.demoOwner.email, kind: 'staff_contact_message' },
      orderBy: { createdAt: 'asc' },
    });
    expect(alert.text).toContain('Avete disponibilità sabato?');
    expect(alert.text).toContain(`/admin/demo/clients/${card.id}`);

    // an address its owner proved gets the acknowledgement in the writer's language, with the
    // owner's name, not the 100 characters the visitor typed as a first name
    await db.identity.create({ data: { email: 'anna.rossi@example.com', emailVerifiedAt: NOW, name: 'Anna Rossi' } });
    const spam = 'Cheap pills at spam.example click now';
    expect(await send({ email: 'anna.rossi@example.com', firstName: spam, message: 'Ciao' })).toEqual({ ok: true });
    const ack = await db.outboundMessage.findFirstOrThrow({
      where: { to: 'anna.rossi@example.com', kind: 'contact_acknowledgement' },
    });
    expect(ack).toMatchObject({ locale: 'it', subject: `Abbiamo ricevuto il tuo messaggio — ${demo.name}` });
    expect(ack.text).toContain('Anna');
    expect(ack.text).not.toContain('spam.example');
  });

  it('refuses a malformed address, an empty message or a form for another business, and writes nothing', async () => {
    const before = await Promise.all([db.client.count(), db.contactMessage.count()]);
    expect(await send({ email: 'nope@' })).toMatchObject({
      ok: false,
      error: 'invalid',
      fields: { email: 'emailInvalid' },
    });
    expect(await send({ message: '   ' })).toMatchObject({
      ok: false,
      error: 'invalid',
      fields: { message: 'messageRequired' },
    });
    expect(await send({ formToken: await issueFormToken('booking', demo.id, NOW.getTime() - 10_000) })).toEqual({
      ok: false,
      error: 'formExpired',
    });
    expect(await Promise.all([db.client.count(), db.contactMessage.count()])).toEqual(before);
  });
});
