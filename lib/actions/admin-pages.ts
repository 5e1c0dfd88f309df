'use server';
import { revalidatePath } from 'next/cache';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { changePageAccess, grantPageAccess } from '@/lib/pages/page-access-admin';
import { removePageFile } from '@/lib/pages/page-files';
import { saveRestrictedPage } from '@/lib/pages/save-page';
import { fail } from '@/lib/result';

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 40;

/** Create a restricted page (pageId null) or change one. */
export async function savePageAction(businessSlug: string, pageId: string | null, values: unknown) {
  return withStaffAction(businessSlug, 'pages.write', async ({ staff, business }) => {
    if (pageId !== null && !isId(pageId)) return fail('notFound');
    const result = await saveRestrictedPage({
      businessId: business.id,
      pageId: pageId ?? undefined,
      values,
      staffIdentityId: staff.id,
    });
    revalidatePath(`/admin/${business.slug}/pages`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}

/** Give access to a page: one email or a pasted list, with a period. */
export async function grantPageAccessAction(businessSlug: string, pageId: string, values: unknown) {
  return withStaffAction(businessSlug, 'pages.write', async ({ staff, business }) => {
    if (!isId(pageId)) return fail('notFound');
    const result = await grantPageAccess({ business, pageId, values, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/pages`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}

/** Change one client's period on a page, or end it now ('end'). */
export async function changePageAccessAction(businessSlug: string, accessId: string, values: unknown) {
  return withStaffAction(businessSlug, 'pages.write', async ({ staff, business }) => {
    if (!isId(accessId)) return fail('notFound');
    const result = await changePageAccess({ business, accessId, values, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/pages`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}

/** Remove a file from a page. */
export async function removePageFileAction(businessSlug: string, documentId: string) {
  return withStaffAction(businessSlug, 'pages.write', async ({ staff, business }) => {
    if (!isId(documentId)) return fail('notFound' as const);
    const result = await removePageFile({ businessId: business.id, documentId, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/pages`, 'layout');
    return result;
  });
}
