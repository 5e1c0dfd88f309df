import 'server-only';
import { normalizeEmail, normalizePhone } from '@/lib/format/identifiers';
import { customValuesProblems, storedFieldValue } from '@/lib/custom-fields/field-rules';
import { listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';
import { db } from '@/lib/db';
import { ZClientForm } from './client-form-schema';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { fail, invalid, invalidInput, type TFailure } from '@/lib/result';

type TBusiness = { id: string; country: string };
export type TSaveClientResult = { ok: true; clientId: string; sendWelcome: boolean } | TFailure;

/**
 * Adds a client by hand (`clientId` absent) or edits one of this business's cards.
 * All or nothing: every field is checked first (an email or phone already on another
 * card of the business is refused, never duplicated), then the card and its audit
 * entry (with what changed) are written in one transaction.
 */
export async function saveClient({
  business,
  clientId,
  staffIdentityId,
  values,
}: {
  business: TBusiness;
  clientId?: string;
  staffIdentityId: string;
  values: unknown;
}): Promise<TSaveClientResult> {
  const parsed = ZClientForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const input = parsed.data;
  const email = input.email ? normalizeEmail(input.email) : null;
  const phone = input.phone ? normalizePhone(input.phone, business.country) : null;
  if (input.email && !email) return invalid({ email: 'emailInvalid' });
  if (input.phone && !phone) return invalid({ phone: 'phoneInvalid' });
  // staff fill in every custom field, including those clients may not edit
  const fields = await listFieldDefinitions(business.id);
  const customErrors = customValuesProblems(fields, input.custom);
  if (Object.keys(customErrors).length) return invalid(customErrors);

  const existing = clientId
    ? await db.client.findFirst({
        where: { id: clientId, businessId: business.id, isDemo: false },
        select: {
          firstName: true,
          lastName: true,
          email: true,
          phone: true,
          locale: true,
          notes: true,
          billingAddress: true,
          taxNumber: true,
          fieldValues: { select: { fieldId: true, value: true } },
        },
      })
    : null;
  if (clientId && !existing) return fail('notFound');
  const others = await db.client.findMany({
    where: {
      businessId: business.id,
      OR: [...(email ? [{ email }] : []), ...(phone ? [{ phone }] : [])],
      ...(clientId ? { NOT: { id: clientId } } : {}),
    },
    select: { email: true, phone: true },
    take: 2,
  });
  if (email && others.some((o) => o.email === email)) return invalid({ email: 'emailTaken' });
  if (phone && others.some((o) => o.phone === phone)) return invalid({ phone: 'phoneTaken' });

  const data = {
    firstName: input.firstName,
    lastName: input.lastName,
    email,
    phone,
    locale: input.locale || null,
    notes: input.notes.trim() || null,
    billingAddress: input.billingAddress.trim() || null,
    taxNumber: input.taxNumber || null,
  };
  const customValues = fields.map((f) => ({ field: f, value: storedFieldValue(f, input.custom[f.key] ?? '') }));
  const before = new Map(existing?.fieldValues.map((v) => [v.fieldId, v.value]));
  const changed = [
    ...(existing
      ? (Object.keys(data) as (keyof typeof data)[]).filter((k) => (existing[k] ?? null) !== data[k])
      : Object.keys(data)),
    ...customValues.filter(({ field, value }) => (before.get(field.id) ?? '') !== value).map(({ field }) => field.key),
  ];
  const saved = await db.$transaction(async (tx) => {
    const row = clientId
      ? await tx.client.update({ where: { id: clientId, businessId: business.id }, data, select: { id: true } })
      : await tx.client.create({ data: { ...data, businessId: business.id, source: 'manual' }, select: { id: true } });
    for (const { field, value } of customValues) {
      if (value)
        await tx.customFieldValue.upsert({
          where: { clientId_fieldId: { clientId: row.id, fieldId: field.id }, businessId: business.id },
          create: { businessId: business.id, clientId: row.id, fieldId: field.id, value },
          update: { value },
        });
      else
        await tx.customFieldValue.deleteMany({
          where: { businessId: business.id, clientId: row.id, fieldId: field.id },
        });
    }
    await recordAuditEvent(
      {
        businessId: business.id,
        actorType: 'staff',
        actorId: staffIdentityId,
        action: clientId ? 'client.updated' : 'client.created',
        targetType: 'client',
        targetId: row.id,
        meta: { fields: changed.join(',') },
      },
      tx,
    );
    return row;
  });
  return { ok: true, clientId: saved.id, sendWelcome: input.sendWelcome && !clientId && !!email };
}

/**
 * Archives or restores a card. An archived client cannot sign in, and their sessions
 * for this business stop working at once (every portal request checks the card's status).
 */
export async function setClientArchived({
  businessId,
  clientId,
  staffIdentityId,
  archived,
}: {
  businessId: string;
  clientId: string;
  staffIdentityId: string;
  archived: boolean;
}) {
  return db.$transaction(async (tx) => {
    const updated = await tx.client.updateMany({
      where: { id: clientId, businessId, isDemo: false, status: archived ? { not: 'archived' } : 'archived' },
      data: { status: archived ? 'archived' : 'active' },
    });
    if (updated.count !== 1) return false;
    await recordAuditEvent(
      {
        businessId,
        actorType: 'staff',
        actorId: staffIdentityId,
        action: archived ? 'client.archived' : 'client.restored',
        targetType: 'client',
        targetId: clientId,
      },
      tx,
    );
    return true;
  });
}
