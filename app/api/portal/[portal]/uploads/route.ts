// POST /api/portal/[portal]/uploads - a client uploads a document (multipart, field "file")
import { refuseViewAsWrite } from '@/lib/auth/guards/with-portal-client';
import { appUrl } from '@/lib/env';
import { readFormWithin } from '@/lib/security/read-form-within';
import { requestIp } from '@/lib/request-ip';
import { uploadClientDocument } from '@/lib/documents/upload-document';
import { MAX_UPLOAD_BYTES } from '@/lib/documents/upload-limits';
import type { TUploadError } from '@/lib/documents/upload-policy';
import { portalSession } from '@/lib/auth/guards/portal-session';

const refuse = (error: TUploadError, status: number) => Response.json({ error }, { status });
const STATUS: Partial<Record<TUploadError, number>> = {
  too_large: 413,
  type: 415,
  empty: 400,
  quota_day: 429,
  quota_total: 413,
  rate_limited: 429,
};

export async function POST(request: Request, { params }: RouteContext<'/api/portal/[portal]/uploads'>) {
  // a route handler has no built-in CSRF check: the Origin must be this site's
  if (request.headers.get('origin') !== new URL(appUrl()).origin) return refuse('cross_origin', 403);
  const session = await portalSession((await params).portal);
  if (!session) return refuse('unauthorized', 401);
  const { business, client } = session;
  if (client.viewAs) {
    await refuseViewAsWrite(business.id, client);
    return refuse('view_only', 403);
  }
  // read up to the limit, whether the size is announced or the body is streamed
  const read = await readFormWithin(request, MAX_UPLOAD_BYTES);
  if (!read.ok && read.error === 'too_large') return refuse('too_large', 413);
  const file = read.ok ? read.form.get('file') : null;
  if (!(file instanceof File)) return refuse('empty', 400);
  if (file.size > MAX_UPLOAD_BYTES) return refuse('too_large', 413);
  const result = await uploadClientDocument({
    business,
    clientId: client.id,
    identityId: client.identity.id,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    ip: await requestIp(),
  });
  if (!result.ok) return refuse(result.error, STATUS[result.error] ?? 400);
  return Response.json({ id: result.id }, { status: 201 });
}
