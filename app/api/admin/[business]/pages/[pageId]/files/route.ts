// POST /api/admin/[business]/pages/[pageId]/files - attach a file to a restricted page (multipart: file)
import { fail, refusalResponse } from '@/lib/result';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { appUrl } from '@/lib/env';
import { readFormWithin } from '@/lib/security/read-form-within';
import { uploadPageFile } from '@/lib/pages/page-files';
import { MAX_UPLOAD_BYTES } from '@/lib/documents/upload-limits';

export async function POST(request: Request, { params }: RouteContext<'/api/admin/[business]/pages/[pageId]/files'>) {
  // a route handler has no built-in CSRF check: the Origin must be this site's
  if (request.headers.get('origin') !== new URL(appUrl()).origin) return refusalResponse(fail('cross_origin'));
  const { business: slug, pageId } = await params;
  const result = await withStaffAction(slug, 'pages.write', async ({ staff, business }) => {
    const read = await readFormWithin(request, MAX_UPLOAD_BYTES);
    if (!read.ok && read.error === 'too_large') return { ok: false as const, error: 'too_large' as const };
    const file = read.ok ? read.form.get('file') : null;
    if (!(file instanceof File)) return { ok: false as const, error: 'empty' as const };
    if (file.size > MAX_UPLOAD_BYTES) return { ok: false as const, error: 'too_large' as const };
    return uploadPageFile({
      business,
      pageId,
      staffIdentityId: staff.id,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
  });
  if (!result.ok) return refusalResponse(result);
  return Response.json({ id: result.id }, { status: 201 });
}
