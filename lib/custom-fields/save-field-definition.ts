import 'server-only';
import { db } from '@/lib/db';
import { locales } from '@/lib/i18n/locales';
import { choiceLines, ZFieldDefinition } from './field-rules';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { type TFailure, fail, invalid, invalidInput } from '@/lib/result';

export type TSaveFieldResult = { ok: true; fieldId: string } | TFailure;

/** A key for the field's values (forms, imports): from its label, unique in the business. */
function keyFrom(label: string, taken: Set<string>) {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'field';
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}_${i}`;
  return key;
}

/**
 * Adds a custom field (at the end) or edits one of this business's. The label in the
 * business's language is the fallback for the others. A field that already holds
 * values keeps its type (their values would no longer fit). Audited.
 */
export async function saveFieldDefinition({
  business,
  fieldId,
  staffIdentityId,
  values,
}: {
  business: { id: string; defaultLocale: string };
  fieldId?: string;
  staffIdentityId: string;
  values: unknown;
}): Promise<TSaveFieldResult> {
  const parsed = ZFieldDefinition.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const input = parsed.data;
  const labels = Object.fromEntries(Object.entries(input.labels).filter(([, l]) => l)) as Record<string, string>;
  const label = labels[business.defaultLocale] ?? locales.map((l) => labels[l]).find(Boolean)!;
  const data = {
    label,
    labels: JSON.stringify(labels),
    type: input.type,
    options: input.type === 'select' ? JSON.stringify(choiceLines(input.options)) : null,
    required: input.required,
    editableByClient: input.editableByClient,
  };

  return db.$transaction(async (tx): Promise<TSaveFieldResult> => {
    let id = fieldId;
    if (fieldId) {
      const existing = await tx.customFieldDefinition.findFirst({
        where: { id: fieldId, businessId: business.id },
        select: { type: true, _count: { select: { values: true } } },
      });
      if (!existing) return fail('notFound');
      if (existing.type !== input.type && existing._count.values > 0) return invalid({ type: 'typeLocked' });
      await tx.customFieldDefinition.update({ where: { id: fieldId, businessId: business.id }, data });
    } else {
      const all = await tx.customFieldDefinition.findMany({
        where: { businessId: business.id },
        select: { key: true, position: true },
      });
      const created = await tx.customFieldDefinition.create({
        data: {
          ...data,
          businessId: business.id,
          key: keyFrom(labels.en ?? label, new Set(all.map((f) => f.key))),
          position: Math.max(-1, ...all.map((f) => f.position)) + 1,
        },
        select: { id: true },
      });
      id = created.id;
    }
    await recordAuditEvent(
      {
        businessId: business.id,
        actorType: 'staff',
        actorId: staffIdentityId,
        action: fieldId ? 'business.custom_field_updated' : 'business.custom_field_created',
        targetType: 'custom_field',
        targetId: id,
      },
      tx,
    );
    return { ok: true, fieldId: id! };
  });
}
