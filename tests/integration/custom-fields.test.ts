// Custom fields defined by the business (issue 9): a label in each language, a type
// (text, number, date, choice), required, editable by the client, an order; values
// are checked by type on the staff's client form and in the client's own profile.
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteFieldDefinition, moveFieldDefinition } from '@/lib/custom-fields/arrange-field-definitions';
import { fieldInputs, listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';
import { saveFieldDefinition } from '@/lib/custom-fields/save-field-definition';
import { saveClient } from '@/lib/clients/save-client';
import { db } from '@/lib/db';
import { getProfile, updateProfile } from '@/lib/clients/profile';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let business: { id: string; country: string; defaultLocale: string };
let acme: { id: string; country: string; defaultLocale: string };
let staffId: string;
const definition = (values: Record<string, unknown> = {}) => ({
  labels: { en: '', it: '' },
  type: 'text',
  options: '',
  required: false,
  editableByClient: true,
  ...values,
});
const client = (custom: Record<string, string>, values: Record<string, unknown> = {}) => ({
  firstName: 'Teresa',
  lastName: 'Lombardi',
  email: '',
  phone: '',
  locale: '',
  notes: '',
  sendWelcome: false,
  custom,
  ...values,
});

beforeAll(async () => {
  await seedDemo();
  const select = { id: true, country: true, defaultLocale: true };
  business = await db.business.findUniqueOrThrow({ where: { slug: 'demo' }, select });
  acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' }, select });
  staffId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
  // start from the business's own fields only
  await db.customFieldDefinition.deleteMany({ where: { businessId: business.id } });
}, 60_000);

const save = (values: unknown, fieldId?: string) =>
  saveFieldDefinition({ business, fieldId, staffIdentityId: staffId, values });

describe('defining fields', () => {
  it('adds fields at the end with a label per language, shown in the reader’s language', async () => {
    expect(
      await save(definition({ labels: { en: 'Shoe size', it: 'Numero di scarpe' }, type: 'number' })),
    ).toMatchObject({ ok: true });
    expect(
      await save(definition({ labels: { en: '', it: 'Data del primo incontro' }, type: 'date', required: true })),
    ).toMatchObject({ ok: true });
    expect(
      await save(
        definition({
          labels: { en: 'Preferred room', it: 'Sala preferita' },
          type: 'select',
          options: 'Blu\nVerde\n\nBlu\n',
          editableByClient: false,
        }),
      ),
    ).toMatchObject({ ok: true });
    const fields = await listFieldDefinitions(business.id);
    expect(fields.map((f) => f.key)).toEqual(['shoe_size', 'data_del_primo_incontro', 'preferred_room']);
    expect(fields[2].options).toEqual(['Blu', 'Verde']);
    expect(fieldInputs(fields, 'en').map((f) => f.label)).toEqual([
      'Shoe size',
      'Data del primo incontro',
      'Preferred room',
    ]);
    expect(fieldInputs(fields, 'it').map((f) => f.label)).toEqual([
      'Numero di scarpe',
      'Data del primo incontro',
      'Sala preferita',
    ]);
    expect(
      await db.auditEvent.count({ where: { businessId: business.id, action: 'business.custom_field_created' } }),
    ).toBe(3);
  });

  it('refuses a field without a label, a choice without choices, and an unknown type', async () => {
    const before = await db.customFieldDefinition.count();
    expect(await save(definition())).toEqual({ ok: false, error: 'invalid', fields: { 'labels.en': 'labelRequired' } });
    expect(await save(definition({ labels: { en: 'Room', it: '' }, type: 'select', options: 'Only one' }))).toEqual({
      ok: false,
      error: 'invalid',
      fields: { options: 'optionsRequired' },
    });
    expect(await save(definition({ labels: { en: 'X', it: '' }, type: 'colour' }))).toMatchObject({ ok: false });
    expect(await db.customFieldDefinition.count()).toBe(before);
  });

  it('moves a field, and another business’s field cannot be moved, edited or deleted from here', async () => {
    const [shoe, date] = await listFieldDefinitions(business.id);
    expect(
      await moveFieldDefinition({
        businessId: business.id,
        fieldId: date.id,
        direction: 'up',
        staffIdentityId: staffId,
      }),
    ).toBe(true);
    expect((await listFieldDefinitions(business.id)).map((f) => f.id).slice(0, 2)).toEqual([date.id, shoe.id]);
    expect(
      await moveFieldDefinition({
        businessId: business.id,
        fieldId: date.id,
        direction: 'up',
        staffIdentityId: staffId,
      }),
    ).toBe(false);

    const [acmeField] = await listFieldDefinitions(acme.id);
    expect(
      await moveFieldDefinition({
        businessId: business.id,
        fieldId: acmeField.id,
        direction: 'down',
        staffIdentityId: staffId,
      }),
    ).toBe(false);
    expect(await save(definition({ labels: { en: 'Taken over', it: '' } }), acmeField.id)).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(
      await deleteFieldDefinition({ businessId: business.id, fieldId: acmeField.id, staffIdentityId: staffId }),
    ).toBe(false);
    expect((await listFieldDefinitions(acme.id))[0].label).toBe(acmeField.label);
  });
});

describe('values', () => {
  it('are checked by type on the staff’s client form; an invalid value saves nothing', async () => {
    const count = await db.client.count({ where: { businessId: business.id } });
    const refused = await saveClient({
      business,
      staffIdentityId: staffId,
      values: client({ shoe_size: 'forty', data_del_primo_incontro: '2026-02-30', preferred_room: 'Rossa' }),
    });
    expect(refused).toEqual({
      ok: false,
      error: 'invalid',
      fields: {
        'custom.shoe_size': 'invalidNumber',
        'custom.data_del_primo_incontro': 'invalidDate',
        'custom.preferred_room': 'invalidChoice',
      },
    });
    expect(await saveClient({ business, staffIdentityId: staffId, values: client({}) })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { 'custom.data_del_primo_incontro': 'required' },
    });
    expect(await db.client.count({ where: { businessId: business.id } })).toBe(count);

    const saved = await saveClient({
      business,
      staffIdentityId: staffId,
      values: client({ shoe_size: '38,5', data_del_primo_incontro: '2026-02-28', preferred_room: 'Verde' }),
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const values = await db.customFieldValue.findMany({
      where: { clientId: saved.clientId },
      include: { field: true },
    });
    expect(Object.fromEntries(values.map((v) => [v.field.key, v.value]))).toEqual({
      shoe_size: '38.5',
      data_del_primo_incontro: '2026-02-28',
      preferred_room: 'Verde',
    });
  });

  it('a field with values keeps its type; deleting a field deletes its values', async () => {
    const shoe = (await listFieldDefinitions(business.id)).find((f) => f.key === 'shoe_size')!;
    expect(await save(definition({ labels: { en: 'Shoe size', it: '' }, type: 'text' }), shoe.id)).toEqual({
      ok: false,
      error: 'invalid',
      fields: { type: 'typeLocked' },
    });
    expect(await deleteFieldDefinition({ businessId: business.id, fieldId: shoe.id, staffIdentityId: staffId })).toBe(
      true,
    );
    expect(await db.customFieldValue.count({ where: { fieldId: shoe.id } })).toBe(0);
  });

  it('in the client’s own profile: only the fields they may edit, checked the same way', async () => {
    const card = await db.client.findFirstOrThrow({
      where: { businessId: business.id, email: DEMO_CREDENTIALS.client.email },
    });
    const scope = { businessId: business.id, clientId: card.id, identityId: card.identityId! };
    const profile = await getProfile({ ...scope, locale: 'it' });
    expect(profile.fields.map((f) => f.label)).toEqual(['Data del primo incontro', 'Sala preferita']);
    const input = { firstName: 'Demo', lastName: 'Client', locale: '' };
    expect(await updateProfile({ ...scope, input: { ...input, custom: { data_del_primo_incontro: 'soon' } } })).toEqual(
      {
        ok: false,
        error: 'invalid',
        fields: { 'custom.data_del_primo_incontro': 'invalidDate' },
      },
    );
    // a field the business keeps for staff is not the client's to set
    expect(
      await updateProfile({
        ...scope,
        input: { ...input, custom: { data_del_primo_incontro: '2026-03-01', preferred_room: 'Blu' } },
      }),
    ).toEqual({ ok: true });
    const values = await db.customFieldValue.findMany({ where: { clientId: card.id }, include: { field: true } });
    expect(values.map((v) => [v.field.key, v.value])).toEqual([['data_del_primo_incontro', '2026-03-01']]);
  });
});
