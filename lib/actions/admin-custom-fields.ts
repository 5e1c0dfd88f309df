'use server';
import { revalidatePath } from 'next/cache';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { deleteFieldDefinition, moveFieldDefinition } from '@/lib/custom-fields/arrange-field-definitions';
import { saveFieldDefinition } from '@/lib/custom-fields/save-field-definition';
import { fail } from '@/lib/result';

/** Add (`fieldId` null) or edit one of the business's custom fields. */
export async function saveFieldDefinitionAction(businessSlug: string, fieldId: string | null, values: unknown) {
  return withStaffAction(businessSlug, 'settings.write', async ({ staff, business }) => {
    if (fieldId !== null && typeof fieldId !== 'string') return fail('notFound');
    const result = await saveFieldDefinition({
      business: { id: business.id, defaultLocale: business.defaultLocale },
      fieldId: fieldId ?? undefined,
      staffIdentityId: staff.id,
      values,
    });
    if (result.ok) revalidatePath(`/admin/${business.slug}/fields`);
    return result;
  });
}

export async function moveFieldDefinitionAction(businessSlug: string, fieldId: string, direction: 'up' | 'down') {
  await withStaffAction(businessSlug, 'settings.write', async ({ staff, business }) => {
    if (typeof fieldId !== 'string' || (direction !== 'up' && direction !== 'down')) return;
    await moveFieldDefinition({ businessId: business.id, fieldId, direction, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/fields`);
  });
}

export async function deleteFieldDefinitionAction(businessSlug: string, fieldId: string) {
  return withStaffAction(businessSlug, 'settings.write', async ({ staff, business }) => {
    if (typeof fieldId !== 'string') return fail('notFound');
    const ok = await deleteFieldDefinition({ businessId: business.id, fieldId, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/fields`);
    return ok ? { ok: true as const } : fail('notFound');
  });
}
