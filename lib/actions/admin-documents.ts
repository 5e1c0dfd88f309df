'use server';
import { revalidatePath } from 'next/cache';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { setDocumentShared } from '@/lib/documents/staff-documents';
import { fail } from '@/lib/result';

/** Share a document with its client, or take it back. */
export async function setDocumentSharedAction(businessSlug: string, documentId: string, shared: boolean) {
  return withStaffAction(businessSlug, 'documents.write', async ({ staff, business }) => {
    if (typeof documentId !== 'string' || typeof shared !== 'boolean') return fail('notFound' as const);
    const result = await setDocumentShared({ businessId: business.id, documentId, shared, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/clients`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}
