// GET /api/admin/[business]/documents/[documentId] - a document of this business, streamed to its staff
import { fileResponse } from '@/lib/storage/file-response';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { openDocumentForStaff } from '@/lib/documents/staff-documents';
import { storage } from '@/lib/storage/storage';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

export async function GET(_request: Request, { params }: RouteContext<'/api/admin/[business]/documents/[documentId]'>) {
  const { business: slug, documentId } = await params;
  const result = await withStaffAction(slug, 'clients.read', async ({ staff, business }) => {
    const document = await openDocumentForStaff({ businessId: business.id, documentId, staffIdentityId: staff.id });
    const body = document ? await storage().read(document.storageKey) : null;
    return document && body ? { document, body } : null;
  });
  // no session, another business, an unknown id: the same 404
  if (!result || 'error' in result) return notFound();
  const { document, body } = result;
  return fileResponse(document, body);
}
