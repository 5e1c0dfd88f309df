// POST /api/portal/[portal]/uploads - a client uploads a document (multipart, field "file")
import { getPortalClient } from '@/lib/auth/require-client';
import { refuseViewAsWrite } from '@/lib/auth/with-portal-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { appUrl } from '@/lib/env';
import { uploadClientDocument } from '@/lib/portal/upload-document';
import { MAX_UPLOAD_BYTES } from '@/lib/portal/upload-limits';
import type { TUploadError } from '@/lib/portal/upload-policy';

const refuse = (error: TUploadError, status: number) => Response.json({ error }, { status });

export async function POST(request: Request, { params }: RouteContext<'/api/portal/[portal]/uploads'>) {
  // a route handler has no built-in CSRF check: the Origin must be this site's
  if (request.headers.get('origin') !== new URL(appUrl()).origin) return refuse('cross_origin', 403);
  const business = await findPortalBusiness((await params).portal);
  const client = business ? await getPortalClient(business.id) : null;
  if (!business || !client) return refuse('unauthorized', 401);
  if (client.viewAs) {
    await refuseViewAsWrite(business.id, client);
    return refuse('view_only', 403);
  }
  // refuse early, before reading the body, when the size is announced
  if (Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024)
    return refuse('too_large', 413);
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) return refuse('empty', 400);
  if (file.size > MAX_UPLOAD_BYTES) return refuse('too_large', 413);
  const result = await uploadClientDocument({
    business,
    clientId: client.id,
    identityId: client.identity.id,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  if (!result.ok) return refuse(result.error, result.error === 'too_large' ? 413 : 415);
  return Response.json({ id: result.id }, { status: 201 });
}
