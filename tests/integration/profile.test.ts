import { beforeAll, describe, expect, it } from 'vitest';
import { requestCode } from '@/lib/auth/codes/request-code';
import { db } from '@/lib/db';
import { getProfile, updateProfile } from '@/lib/clients/profile';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let scope: { businessId: string; clientId: string; identityId: string };

beforeAll(async () => {
  await seedDemo();
  const card = await db.client.findFirstOrThrow({
    where: { email: DEMO_CREDENTIALS.client.email, business: { slug: 'demo' } },
  });
  scope = { businessId: card.businessId, clientId: card.id, identityId: card.identityId! };
}, 60_000);

describe('the client’s own card', () => {
  it('saves name, language and custom fields', async () => {
    const result = await updateProfile({
      ...scope,
      input: {
        firstName: 'Dema',
        lastName: 'Cliente',
        locale: 'en',
        custom: { birthday: '1990-04-12', notes_for_staff: 'Prefers mornings', reminders: 'SMS' },
      },
    });
    expect(result).toEqual({ ok: true });
    const profile = await getProfile({ ...scope, locale: 'en' });
    expect(profile).toMatchObject({ firstName: 'Dema', lastName: 'Cliente', locale: 'en' });
    expect(Object.fromEntries(profile.fields.map((f) => [f.key, f.value]))).toEqual({
      birthday: '1990-04-12',
      notes_for_staff: 'Prefers mornings',
      reminders: 'SMS',
    });
  });

  it('keeps a language chosen in one portal to that portal’s card: another business writes in its own', async () => {
    await updateProfile({ ...scope, input: { firstName: 'Dema', lastName: 'Cliente', locale: 'it', custom: {} } });
    expect((await db.client.findUniqueOrThrow({ where: { id: scope.clientId } })).locale).toBe('it');
    const acmeCard = await db.client.findFirstOrThrow({
      where: { identityId: scope.identityId, business: { slug: 'acme' } },
    });
    expect(acmeCard.locale).toBeNull();
    await db.outboundMessage.deleteMany({});
    const result = await requestCode({ purpose: 'reset_password', portal: 'acme', identifier: acmeCard.email! });
    if (result.outcome !== 'sent') throw new Error(result.outcome);
    expect(await result.deliver()).toBe('sent');
    const message = await db.outboundMessage.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(message.subject).toMatch(/Acme Physio/);
    expect(message.text).toMatch(/password/i);
    expect(message.text).not.toMatch(/codice|password dimenticata/i);
    await updateProfile({ ...scope, input: { firstName: 'Dema', lastName: 'Cliente', locale: 'en', custom: {} } });
  });

  it('changes nothing when any field is invalid, and says which', async () => {
    const result = await updateProfile({
      ...scope,
      input: {
        firstName: 'Changed',
        lastName: 'X',
        locale: 'xx',
        custom: { birthday: '12/04/1990', notes_for_staff: 'ok' },
      },
    });
    expect(result).toEqual({
      ok: false,
      error: 'invalid',
      fields: { locale: 'invalidLocale', 'custom.birthday': 'invalidDate' },
    });
    expect((await getProfile({ ...scope, locale: 'en' })).firstName).toBe('Dema');
    expect(await updateProfile({ ...scope, input: { firstName: ' ', lastName: '', locale: '', custom: {} } })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { firstName: 'firstNameRequired' },
    });
  });

  it('clears a custom field with an empty value and never touches another client’s card', async () => {
    const other = await db.client.findFirstOrThrow({
      where: { businessId: scope.businessId, NOT: { id: scope.clientId } },
    });
    await updateProfile({
      ...scope,
      input: { firstName: 'Dema', lastName: 'Cliente', locale: '', custom: { birthday: '', notes_for_staff: '' } },
    });
    expect((await getProfile({ ...scope, locale: 'en' })).fields.every((f) => f.value === '')).toBe(true);
    const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
    await updateProfile({
      businessId: acme.id,
      clientId: other.id,
      identityId: scope.identityId,
      input: { firstName: 'Hacked', lastName: '', locale: '', custom: {} },
    });
    expect((await db.client.findUniqueOrThrow({ where: { id: other.id } })).firstName).not.toBe('Hacked');
  });
});
