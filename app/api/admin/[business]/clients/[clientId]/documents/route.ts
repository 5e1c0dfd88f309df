// POST /api/admin/[business]/clients/[clientId]/documents - staff add a document to a client's card (multipart: file, title, share)
import { fail, refusalResponse } from '@/lib/result';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { uploadStaffDocument } from '@/lib/documents/upload-staff-document';
import { appUrl } from '@/lib/env';
import { readFormWithin } from '@/lib/security/read-form-within';
import { MAX_UPLOAD_BYTES } from '@/lib/documents/upload-limits';

export async function POST(
  request: Request,
  { params }: RouteContext<'/api/admin/[business]/clients/[clientId]/documents'>,
) {
  // a route handler has no built-in CSRF check: the Origin must be this site's
  if (request.headers.get('origin') !== new URL(appUrl()).origin) return refusalResponse(fail('cross_origin'));
  const { business: slug, clientId } = await params;
  const result = await withStaffAction(slug, 'documents.write', async ({ staff, business }) => {
    const read = await readFormWithin(request, MAX_UPLOAD_BYTES);
    if (!read.ok && read.error === 'too_large') return { ok: false as const, error: 'too_large' as const };
    const form = read.ok ? read.form : null;
    const file = form?.get('file');
    if (!(file instanceof File)) return { ok: false as const, error: 'empty' as const };
    if (file.size > MAX_UPLOAD_BYTES) return { ok: false as const, error: 'too_large' as const };
    const title = form?.get('title');
    return uploadStaffDocument({
      business,
      clientId,
      staffIdentityId: staff.id,
      fileName: file.name,
      title: typeof title === 'string' ? title : '',
      share: form?.get('share') === '1',
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
  });
  if (!result.ok) return refusalResponse(result);
  return Response.json({ id: result.id }, { status: 201 });
}
