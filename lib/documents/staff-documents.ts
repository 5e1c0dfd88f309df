import 'server-only';
import { notifyDocumentShared } from './notify-document-shared';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { fail } from '@/lib/result';

/** A client's documents as staff see them: theirs and the client's uploads, newest first (client uploads not yet opened are "new"). */
export function listClientDocumentsForStaff({ businessId, clientId }: { businessId: string; clientId: string }) {
  return db.document.findMany({
    where: { businessId, clientId, pageId: null },
    select: {
      id: true,
      title: true,
      fileName: true,
      sizeBytes: true,
      uploadedBy: true,
      sharedWithClient: true,
      seenByStaffAt: true,
      createdAt: true,
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 50,
  });
}

/**
 * Share a document staff added with its client, or take it back. A client's own upload
 * stays theirs (always visible to them); another business's id changes nothing.
 */
export async function setDocumentShared({
  businessId,
  documentId,
  shared,
  staffIdentityId,
}: {
  businessId: string;
  documentId: string;
  shared: boolean;
  staffIdentityId: string;
}) {
  const { count } = await db.document.updateMany({
    where: { id: documentId, businessId, clientId: { not: null }, pageId: null, uploadedBy: 'staff' },
    data: { sharedWithClient: shared },
  });
  if (count === 0) return fail('notFound' as const);
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: shared ? 'document.shared' : 'document.unshared',
    targetType: 'document',
    targetId: documentId,
  });
  if (shared) await notifyDocumentShared(businessId, documentId);
  return { ok: true as const };
}

/** A document of this business for staff to download; a client's upload opened for the first time stops being "new". */
export async function openDocumentForStaff({
  businessId,
  documentId,
  staffIdentityId,
  now = new Date(),
}: {
  businessId: string;
  documentId: string;
  staffIdentityId: string;
  now?: Date;
}) {
  const document = await db.document.findFirst({
    where: { id: documentId, businessId },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, storageKey: true, seenByStaffAt: true },
  });
  if (!document) return null;
  if (!document.seenByStaffAt)
    await db.document.updateMany({
      where: { id: document.id, businessId, seenByStaffAt: null },
      data: { seenByStaffAt: now },
    });
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'document.downloaded',
    targetType: 'document',
    targetId: document.id,
  });
  return document;
}
