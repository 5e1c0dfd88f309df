import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { isLocale } from '@/lib/i18n/locales';
import { customFieldProblem, ZProfile } from './profile-schema';

/** The client's card and the custom fields the business defined, with their values. */
export async function getProfile({ businessId, clientId }: { businessId: string; clientId: string }) {
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
    db.customFieldDefinition.findMany({
      where: { businessId },
      select: { id: true, key: true, label: true, type: true, required: true, editableByClient: true },
      orderBy: { position: 'asc' },
    }),
  ]);
  const values = new Map(client.fieldValues.map((v) => [v.fieldId, v.value]));
  return { ...client, fields: fields.map((f) => ({ ...f, value: values.get(f.id) ?? '' })) };
}

export type TProfileResult = { ok: true } | { ok: false; errors: Record<string, string> };

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
  if (!parsed.success)
    return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])) };
  const { firstName, lastName, locale, custom } = parsed.data;
  const fields = await db.customFieldDefinition.findMany({
    where: { businessId, editableByClient: true },
    select: { id: true, key: true, type: true, required: true },
  });
  const errors: Record<string, string> = {};
  if (locale && !isLocale(locale)) errors.locale = 'invalidLocale';
  for (const field of fields) {
    const value = (custom[field.key] ?? '').trim();
    const problem = customFieldProblem(field.type, value) ?? (field.required && !value ? 'required' : null);
    if (problem) errors[`custom.${field.key}`] = problem;
  }
  if (Object.keys(errors).length) return { ok: false, errors };

  await db.$transaction([
    db.client.updateMany({
      where: { id: clientId, businessId },
      data: { firstName, lastName, locale: locale || null },
    }),
    db.identity.update({ where: { id: identityId }, data: { preferredLocale: locale || null } }),
    ...fields.map((field) => {
      const value = (custom[field.key] ?? '').trim();
      return value
        ? db.customFieldValue.upsert({
            where: { clientId_fieldId: { clientId, fieldId: field.id } },
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
