import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { isLocale } from '@/lib/i18n/locales';
import { customValuesProblems, storedFieldValue } from '@/lib/custom-fields/field-rules';
import { fieldInputs, listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';
import { ZProfile } from './profile-schema';
import { invalid, invalidInput, type TFailure } from '@/lib/result';

/** The client's card and the custom fields the business defined (labelled in `locale`), with their values. */
export async function getProfile({
  businessId,
  clientId,
  locale,
}: {
  businessId: string;
  clientId: string;
  locale: string;
}) {
  const [client, fields] = await Promise.all([
    db.client.findFirstOrThrow({
      where: { id: clientId, businessId },
      select: {
        firstName: true,
        lastName: true,
        email: true,
        phone: true,
        locale: true,
        fieldValues: { select: { fieldId: true, value: true } },
      },
    }),
    listFieldDefinitions(businessId),
  ]);
  const values = new Map(client.fieldValues.map((v) => [v.fieldId, v.value]));
  const inputs = fieldInputs(fields, locale);
  return { ...client, fields: fields.map((f, i) => ({ ...inputs[i], value: values.get(f.id) ?? '' })) };
}

export type TProfileResult = { ok: true } | TFailure;

/**
 * Saves the client's own card: name, preferred language and the custom fields the
 * business lets clients edit. All or nothing: any invalid field changes nothing.
 */
export async function updateProfile({
  businessId,
  clientId,
  identityId,
  input,
}: {
  businessId: string;
  clientId: string;
  identityId: string;
  input: unknown;
}): Promise<TProfileResult> {
  const parsed = ZProfile.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { firstName, lastName, locale, custom } = parsed.data;
  // only the fields the business lets clients edit; the others are never touched from here
  const fields = (await listFieldDefinitions(businessId)).filter((f) => f.editableByClient);
  const errors: Record<string, string> = customValuesProblems(fields, custom);
  if (locale && !isLocale(locale)) errors.locale = 'invalidLocale';
  if (Object.keys(errors).length) return invalid(errors);

  await db.$transaction([
    db.client.updateMany({
      where: { id: clientId, businessId },
      data: { firstName, lastName, locale: locale || null },
    }),
    ...fields.map((field) => {
      const value = storedFieldValue(field, custom[field.key] ?? '');
      return value
        ? db.customFieldValue.upsert({
            where: { clientId_fieldId: { clientId, fieldId: field.id }, businessId },
            create: { businessId, clientId, fieldId: field.id, value },
            update: { value },
          })
        : db.customFieldValue.deleteMany({ where: { clientId, fieldId: field.id, businessId } });
    }),
  ]);
  await recordAuditEvent({
    businessId,
    actorType: 'client',
    actorId: identityId,
    action: 'client.profile_updated',
    targetType: 'client',
    targetId: clientId,
  });
  return { ok: true };
}
