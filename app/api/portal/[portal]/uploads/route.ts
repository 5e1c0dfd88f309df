// POST /api/portal/[portal]/uploads - a client uploads a document (multipart, field "file")
import { refuseViewAsWrite } from '@/lib/auth/guards/with-portal-client';
import { appUrl } from '@/lib/env';
import { readFormWithin } from '@/lib/security/read-form-within';
import { requestIp } from '@/lib/request-ip';
import { uploadClientDocument } from '@/lib/documents/upload-document';
import { MAX_UPLOAD_BYTES } from '@/lib/documents/upload-limits';
import type { TUploadError } from '@/lib/documents/upload-policy';
import { portalSession } from '@/lib/auth/guards/portal-session';
import { fail, refusalResponse } from '@/lib/result';

const refuse = (error: TUploadError) => refusalResponse(fail(error), { quota_day: 429, quota_total: 413 });

export async function POST(request: Request, { params }: RouteContext<'/api/portal/[portal]/uploads'>) {
  // a route handler has no built-in CSRF check: the Origin must be this site's
  if (request.headers.get('origin') !== new URL(appUrl()).origin) return refuse('cross_origin');
  const session = await portalSession((await params).portal);
  if (!session) return refuse('unauthorized');
  const { business, client } = session;
  if (client.viewAs) {
    await refuseViewAsWrite(business.id, client);
    return refuse('view_only');
  }
  // read up to the limit, whether the size is announced or the body is streamed
  const read = await readFormWithin(request, MAX_UPLOAD_BYTES);
  if (!read.ok && read.error === 'too_large') return refuse('too_large');
  const file = read.ok ? read.form.get('file') : null;
  if (!(file instanceof File)) return refuse('empty');
  if (file.size > MAX_UPLOAD_BYTES) return refuse('too_large');
  const result = await uploadClientDocument({
    business,
    clientId: client.id,
    identityId: client.identity.id,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    ip: await requestIp(),
  });
  if (!result.ok) return refuse(result.error);
  return Response.json({ id: result.id }, { status: 201 });
}
