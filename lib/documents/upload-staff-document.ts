import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { checkUpload, safeFileName } from '@/lib/documents/upload-policy';
import { storage } from '@/lib/storage/storage';
import { fail } from '@/lib/result';
import { notifyDocumentShared } from './notify-document-shared';

/**
 * Staff add a document to a client's card, with the same checks as a client's upload
 * (size, type from the bytes). Shared now or kept for staff until shared. The card must
 * be this business's; a refused file leaves nothing behind.
 */
export async function uploadStaffDocument({
  business,
  clientId,
  staffIdentityId,
  fileName,
  title,
  share,
  bytes,
  now = new Date(),
}: {
  business: { id: string; slug: string };
  clientId: string;
  staffIdentityId: string;
  fileName: string;
  title: string;
  share: boolean;
  bytes: Uint8Array;
  now?: Date;
}) {
  const client = await db.client.findFirst({
    where: { id: clientId, businessId: business.id, isDemo: false },
    select: { id: true },
  });
  if (!client) return fail('notFound' as const);
  const checked = await checkUpload(bytes);
  if (!checked.ok) return checked;
  const name = safeFileName(fileName, checked.mimeType);
  const storageKey = `${business.slug}/${client.id}/${randomUUID()}`;
  await storage().write(storageKey, bytes, checked.mimeType);
  const document = await db.document.create({
    data: {
      businessId: business.id,
      clientId: client.id,
      title: title.trim().slice(0, 120) || name.replace(/\.[^.]+$/, '') || name,
      fileName: name,
      mimeType: checked.mimeType,
      sizeBytes: bytes.byteLength,
      storageKey,
      uploadedBy: 'staff',
      sharedWithClient: share,
      seenByStaffAt: now,
    },
    select: { id: true },
  });
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'document.added_for_client',
    targetType: 'client',
    targetId: client.id,
    meta: { documentId: document.id, shared: share, sizeBytes: bytes.byteLength },
  });
  if (share) await notifyDocumentShared(business.id, document.id);
  return { ok: true as const, id: document.id };
}
