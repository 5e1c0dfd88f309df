import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import OneTimeCodeEmail, { oneTimeCodeSubject } from '@/emails/one-time-code';
import { db } from '@/lib/db';
import { loadMessages } from '@/lib/i18n/locales';
import { deliverDueMessages, deliverMessage, MAX_ATTEMPTS } from '@/lib/messaging/deliver-message';
import { sendEmail } from '@/lib/messaging/send-email';
import { sendSms } from '@/lib/messaging/send-sms';
import { startSmtpServer } from '../support/local-smtp';
import { startTwilioPrism } from '../support/twilio-prism';

async function codeEmail(locale: 'en' | 'it', code: string) {
  const props = {
    locale,
    messages: await loadMessages(locale),
    businessName: 'Studio Demo',
    accentColor: '#0f766e',
    code,
    minutes: 10,
    link: 'http://localhost:3000/p/demo/x',
  };
  return { subject: oneTimeCodeSubject(props), template: <OneTimeCodeEmail {...props} /> };
}

describe('email', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await smtp.close();
  });

  it('with SMTP configured, arrives with an HTML and a text part and is logged as sent', async () => {
    process.env.SMTP_URL = smtp.url;
    const { subject, template } = await codeEmail('it', '482913');
    const result = await sendEmail({ to: 'giulia@example.com', kind: 'sign_in_code', locale: 'it', subject, template });
    expect(result.status).toBe('sent');
    const mail = smtp.received.at(-1)!;
    expect(mail.envelopeTo).toEqual(['giulia@example.com']);
    expect(mail.subject).toBe('Il tuo codice Studio Demo: 482913');
    expect(mail.html).toContain('482913');
    expect(mail.html).toContain('lang="it"');
    expect(mail.text).toContain('482913');
    expect(mail.text).toContain('Scade tra 10 minuti');
    const row = await db.outboundMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ status: 'sent', channel: 'email', to: 'giulia@example.com' });
    expect(row.sentAt).not.toBeNull();
  });

  it('with SMTP unreachable, is queued for a retry with back-off and given up after five attempts', async () => {
    process.env.SMTP_URL = 'smtp://127.0.0.1:1?ignoreTLS=true';
    const { subject, template } = await codeEmail('en', '111222');
    const result = await sendEmail({ to: 'x@example.com', kind: 'sign_in_code', locale: 'en', subject, template });
    expect(result.status).toBe('queued');
    let row = await db.outboundMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.error).toMatch(/ECONNREFUSED|connect/i);
    expect(row.nextAttemptAt!.getTime() - row.createdAt.getTime()).toBeGreaterThanOrEqual(29_000);
    // not due yet: nothing happens
    expect(await deliverMessage(result.id, new Date())).toBe('skipped');
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++)
      await deliverMessage(result.id, new Date(Date.now() + attempt * 24 * 3600_000));
    row = await db.outboundMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null });
  });

  it('an SMTP server that refuses twice (421) then accepts: delivered by the job, three attempts logged', async () => {
    const flaky = await startSmtpServer({ failFirst: 2 });
    process.env.SMTP_URL = flaky.url;
    try {
      const { subject, template } = await codeEmail('en', '333444');
      const result = await sendEmail({
        to: 'flaky@example.com',
        kind: 'sign_in_code',
        locale: 'en',
        subject,
        template,
      });
      expect(result.status).toBe('queued');
      const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
      expect(await deliverDueMessages(later(1))).toMatchObject({ sent: 0 });
      expect(await deliverDueMessages(later(10))).toMatchObject({ sent: 1 });
      const row = await db.outboundMessage.findUniqueOrThrow({ where: { id: result.id } });
      expect(row).toMatchObject({ status: 'sent', attempts: 3, error: null });
      expect(flaky.received.map((m) => m.subject)).toEqual([subject]);
    } finally {
      await flaky.close();
    }
  });

  it('a business’s email comes from the business: its name on From, its contact address as Reply-To', async () => {
    process.env.SMTP_URL = smtp.url;
    const business = await db.business.create({
      data: { slug: `from-${Date.now()}`, name: 'Salone Dell’Acqua', contactEmail: 'ciao@dellacqua.example' },
    });
    const { subject, template } = await codeEmail('it', '246810');
    const result = await sendEmail({
      businessId: business.id,
      to: 'cliente@example.com',
      kind: 'sign_in_code',
      locale: 'it',
      subject,
      template,
    });
    expect(result.status).toBe('sent');
    const mail = smtp.received.at(-1)!;
    expect(mail.from).toEqual({ name: 'Salone Dell’Acqua', address: 'no-reply@portico.localhost' });
    expect(mail.replyTo).toEqual([{ name: '', address: 'ciao@dellacqua.example' }]);
    // a message of the platform itself (no business) keeps the configured sender and no Reply-To
    await sendEmail({ to: 'staff@example.com', kind: 'sign_in_code', locale: 'it', subject, template });
    expect(smtp.received.at(-1)!.from).toEqual({ name: 'Portico', address: 'no-reply@portico.localhost' });
    expect(smtp.received.at(-1)!.replyTo).toBeUndefined();
  });

  it('without a transport, stays in the outbox with its text', async () => {
    delete process.env.SMTP_URL;
    const { subject, template } = await codeEmail('en', '654321');
    const result = await sendEmail({ to: 'outbox@example.com', kind: 'sign_in_code', locale: 'en', subject, template });
    expect(result.status).toBe('outbox');
    const row = await db.outboundMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.text).toContain('654321');
    expect(row.subject).toBe('Your Studio Demo code: 654321');
  });
});

describe("SMS through the official Twilio SDK against Twilio's API spec (Prism)", () => {
  let prism: Awaited<ReturnType<typeof startTwilioPrism>>;
  beforeAll(async () => {
    prism = await startTwilioPrism();
    Object.assign(process.env, {
      TWILIO_ACCOUNT_SID: 'AC' + 'a'.repeat(32),
      TWILIO_AUTH_TOKEN: 'test-token',
      TWILIO_FROM: '+15005550006',
      TWILIO_API_BASE: prism.base,
    });
  }, 90_000);
  afterAll(() => {
    for (const key of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM', 'TWILIO_API_BASE'])
      delete process.env[key];
    prism?.close();
  });

  it('a valid message passes the spec validation and is logged as sent', async () => {
    const result = await sendSms({
      to: '+393331234567',
      kind: 'sign_in_code',
      locale: 'it',
      text: '482913 è il tuo codice Studio Demo.',
    });
    expect(result.status, prism.log().slice(-1500)).toBe('sent');
    const row = await db.outboundMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.providerId).toBeTruthy();
    const handled = prism
      .log()
      .split('[HTTP SERVER]')
      .find((part) => /post \/2010-04-01\/Accounts\/AC[a]{32}\/Messages\.json/.test(part));
    expect(handled).toMatch(/The request passed the validation rules/);
  });

  it('the stand-in is strict: a request without a recipient is refused by the spec', async () => {
    const response = await fetch(`${prism.base}/2010-04-01/Accounts/${process.env.TWILIO_ACCOUNT_SID}/Messages.json`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${process.env.TWILIO_ACCOUNT_SID}:x`).toString('base64')}`,
      },
      body: new URLSearchParams({ From: '+15005550006', Body: 'x' }),
    });
    expect(response.status).toBe(422);
  });

  it('without Twilio configured, stays in the outbox', async () => {
    const saved = process.env.TWILIO_ACCOUNT_SID;
    delete process.env.TWILIO_ACCOUNT_SID;
    const result = await sendSms({
      to: '+447700900123',
      kind: 'sign_in_code',
      locale: 'en',
      text: '123456 is your code',
    });
    process.env.TWILIO_ACCOUNT_SID = saved;
    expect(result.status).toBe('outbox');
  });
});
