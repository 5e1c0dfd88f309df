'use server';
import { revalidatePath } from 'next/cache';
import { withStaffAction } from '@/lib/admin/with-staff-action';
import { updateBusinessSettings } from '@/lib/business/business-settings';

/** One group of portal settings (sign-in, cancellation, regional); owners and admins. */
export async function saveSettingsAction(businessSlug: string, section: string, values: unknown) {
  return withStaffAction(businessSlug, 'settings.write', async ({ staff, business }) => {
    const result = await updateBusinessSettings({
      businessId: business.id,
      section,
      values,
      staffIdentityId: staff.id,
    });
    if (result.ok) {
      revalidatePath(`/admin/${business.slug}`, 'layout');
      revalidatePath(`/p/${business.slug}`, 'layout');
    }
    return result;
  });
}
