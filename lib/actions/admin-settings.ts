'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { removeLogo } from '@/lib/branding/save-logo';
import { updateBusinessSettings } from '@/lib/business/business-settings';
import { changePortalAddress } from '@/lib/business/change-portal-address';

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

/** Seed 001 "Edit the Client Portal URL": the admin moves to the new address too. */
export async function changePortalAddressAction(businessSlug: string, values: { slug: string }) {
  const result = await withStaffAction(businessSlug, 'settings.write', ({ staff, business }) =>
    changePortalAddress({ businessId: business.id, slug: values?.slug, staffIdentityId: staff.id }),
  );
  if ('ok' in result && result.ok) redirect(`/admin/${result.slug}/portal?changed=1`);
  return result;
}

/** Back to the initials instead of a logo. */
export async function removeLogoAction(businessSlug: string) {
  return withStaffAction(businessSlug, 'settings.write', async ({ staff, business }) => {
    const result = await removeLogo({ businessId: business.id, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}
