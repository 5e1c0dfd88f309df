// Portal settings (issue 10): each group checked whole and saved with its before/after in
// the audit log; a wrong value changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { getBusinessSettings, updateBusinessSettings } from '@/lib/business/business-settings';
import { db } from '@/lib/db';
import { cancelAppointment } from '@/lib/appointments/cancel-appointment';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let businessId: string;
let staffIdentityId: string;

beforeAll(async () => {
  await seedDemo();
  businessId = (await db.business.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  staffIdentityId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
}, 60_000);

const update = (section: string, values: unknown) =>
  updateBusinessSettings({ businessId, section, values, staffIdentityId });

describe('portal settings', () => {
  it('saves client sign-in and audits what changed, before and after', async () => {
    const { signIn } = await getBusinessSettings(businessId);
    expect(await update('signIn', { ...signIn, loginMethods: ['email_code'], sessionHours: 12 })).toEqual({ ok: true });
    const after = await db.business.findUniqueOrThrow({ where: { id: businessId } });
    expect(after).toMatchObject({ loginMethods: 'email_code', sessionHours: 12 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { businessId, action: 'business.settings_changed' } });
    const meta = JSON.parse(audit.meta!);
    expect(meta.section).toBe('signIn');
    expect(JSON.parse(meta.before)).toEqual({
      loginMethods: 'email_code,sms_code,password,google,passkey',
      sessionHours: 8,
    });
    expect(JSON.parse(meta.after)).toEqual({ loginMethods: 'email_code', sessionHours: 12 });
  });

  it('saves the client upload quotas, and refuses a zero or a fraction, changing nothing', async () => {
    const { uploads } = await getBusinessSettings(businessId);
    expect(uploads).toEqual({ uploadDailyFiles: 20, uploadDailyMegabytes: 100, uploadTotalMegabytes: 500 });
    expect(await update('uploads', { ...uploads, uploadDailyFiles: 0 })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { uploadDailyFiles: 'numberInvalid' },
    });
    expect(await update('uploads', { ...uploads, uploadTotalMegabytes: 1.5 })).toMatchObject({ ok: false });
    expect((await getBusinessSettings(businessId)).uploads).toEqual(uploads);
    expect(await update('uploads', { ...uploads, uploadDailyFiles: 5 })).toEqual({ ok: true });
    expect((await getBusinessSettings(businessId)).uploads.uploadDailyFiles).toBe(5);
  });

  it('refuses sign-in on with no way to sign in, a cut-off out of range, an unknown timezone; nothing changes', async () => {
    const before = await db.business.findUniqueOrThrow({ where: { id: businessId } });
    const settings = await getBusinessSettings(businessId);
    expect(await update('signIn', { ...settings.signIn, loginMethods: [] })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { loginMethods: 'methodRequired' },
    });
    // a passkey is added once signed in another way: alone it lets no new client in
    expect(await update('signIn', { ...settings.signIn, loginMethods: ['passkey'] })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { loginMethods: 'passkeyAlone' },
    });
    expect(
      await update('cancellation', {
        allowCancellation: true,
        cancellationCutoffHours: -1,
        cancellationReasonRequired: false,
      }),
    ).toEqual({
      ok: false,
      error: 'invalid',
      fields: { cancellationCutoffHours: 'hoursInvalid' },
    });
    expect(await update('regional', { ...settings.regional, timezone: 'Mars/Olympus' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { timezone: 'timezoneInvalid' },
    });
    expect(await update('billing', {})).toEqual({ ok: false, error: 'invalid' });
    expect(await db.business.findUniqueOrThrow({ where: { id: businessId } })).toEqual(before);
  });

  it('saves cancellation and regional settings; saving the same values writes no audit entry', async () => {
    expect(
      await update('cancellation', {
        allowCancellation: false,
        cancellationCutoffHours: 48,
        cancellationReasonRequired: false,
      }),
    ).toEqual({
      ok: true,
    });
    expect(
      await update('regional', { locale: 'en', timezone: 'Europe/London', currency: 'gbp', country: 'gb' }),
    ).toEqual({
      ok: true,
    });
    expect(await db.business.findUniqueOrThrow({ where: { id: businessId } })).toMatchObject({
      allowCancellation: false,
      cancellationCutoffHours: 48,
      defaultLocale: 'en',
      timezone: 'Europe/London',
      currency: 'GBP',
      country: 'GB',
    });
    const count = await db.auditEvent.count({ where: { businessId, action: 'business.settings_changed' } });
    expect(
      await update('cancellation', {
        allowCancellation: false,
        cancellationCutoffHours: 48,
        cancellationReasonRequired: false,
      }),
    ).toEqual({
      ok: true,
    });
    expect(await db.auditEvent.count({ where: { businessId, action: 'business.settings_changed' } })).toBe(count);
  });

  it('a required reason is enforced on the server when a client cancels', async () => {
    expect(
      await update('cancellation', {
        allowCancellation: true,
        cancellationCutoffHours: 0,
        cancellationReasonRequired: true,
      }),
    ).toEqual({ ok: true });
    const appointment = await db.appointment.findFirstOrThrow({
      where: { businessId, status: 'booked', startsAt: { gt: new Date() }, client: { identityId: { not: null } } },
      include: { client: true },
    });
    const scope = {
      businessId,
      clientId: appointment.clientId,
      identityId: appointment.client.identityId!,
      appointmentId: appointment.id,
    };
    expect(await cancelAppointment({ ...scope, reason: '  ' })).toEqual({ ok: false, error: 'reason_required' });
    expect((await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).status).toBe('booked');
    expect(await cancelAppointment({ ...scope, reason: 'Febbre' })).toEqual({ ok: true });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'Febbre',
    });
  });
});
