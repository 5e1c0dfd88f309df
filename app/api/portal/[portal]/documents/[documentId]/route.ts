// GET /api/portal/[portal]/documents/[documentId] - a shared document, streamed to its client
import { fileResponse } from '@/lib/storage/file-response';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { findClientDocument } from '@/lib/documents/list-client-documents';
import { storage } from '@/lib/storage/storage';
import { portalSession } from '@/lib/auth/guards/portal-session';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

export async function GET(_request: Request, { params }: RouteContext<'/api/portal/[portal]/documents/[documentId]'>) {
  const { portal, documentId } = await params;
  const session = await portalSession(portal);
  // no session, another portal's session, another client's or business's id: all the same 404
  if (!session) return notFound();
  const { business, client } = session;
  const document = await findClientDocument({ businessId: business.id, clientId: client.id, documentId });
  const body = document ? await storage().read(document.storageKey) : null;
  if (!document || !body) return notFound();
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'client',
    actorId: client.identity.id,
    action: 'document.downloaded',
    targetType: 'document',
    targetId: document.id,
  });
  return fileResponse(document, body);
}
