import 'server-only';
import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';

/** Moves a field one place up or down in the business's order (swapping with its neighbour). */
export async function moveFieldDefinition({
  businessId,
  fieldId,
  direction,
  staffIdentityId,
}: {
  businessId: string;
  fieldId: string;
  direction: 'up' | 'down';
  staffIdentityId: string;
}) {
  return db.$transaction(async (tx) => {
    const fields = await tx.customFieldDefinition.findMany({
      where: { businessId },
      select: { id: true },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    });
    const from = fields.findIndex((f) => f.id === fieldId);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= fields.length) return false;
    [fields[from], fields[to]] = [fields[to], fields[from]];
    // positions are rewritten 0..n so that older equal positions cannot keep two fields tied
    for (const [position, f] of fields.entries())
      await tx.customFieldDefinition.update({ where: { id: f.id, businessId }, data: { position } });
    await recordAuditEvent(
      {
        businessId,
        actorType: 'staff',
        actorId: staffIdentityId,
        action: 'business.custom_field_moved',
        targetType: 'custom_field',
        targetId: fieldId,
      },
      tx,
    );
    return true;
  });
}

/** Deletes a field and every client's value for it. */
export async function deleteFieldDefinition({
  businessId,
  fieldId,
  staffIdentityId,
}: {
  businessId: string;
  fieldId: string;
  staffIdentityId: string;
}) {
  return db.$transaction(async (tx) => {
    await tx.customFieldValue.deleteMany({ where: { fieldId, businessId } });
    const deleted = await tx.customFieldDefinition.deleteMany({ where: { id: fieldId, businessId } });
    if (deleted.count !== 1) return false;
    await recordAuditEvent(
      {
        businessId,
        actorType: 'staff',
        actorId: staffIdentityId,
        action: 'business.custom_field_deleted',
        targetType: 'custom_field',
        targetId: fieldId,
      },
      tx,
    );
    return true;
  });
}
