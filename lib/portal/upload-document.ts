import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { storage } from '@/lib/storage/storage';
import { checkUpload, safeFileName } from './upload-policy';

/**
 * A client sends a document to the business. The file is checked (size, type from
 * its bytes), stored first, then recorded; a refused file leaves nothing behind.
 */
export async function uploadClientDocument({
  business,
  clientId,
  identityId,
  fileName,
  bytes,
}: {
  business: { id: string; slug: string };
  clientId: string;
  identityId: string;
  fileName: string;
  bytes: Uint8Array;
}) {
  const checked = await checkUpload(bytes);
  if (!checked.ok) return checked;
  const name = safeFileName(fileName, checked.mimeType);
  const storageKey = `${business.slug}/${clientId}/${randomUUID()}`;
  await storage().write(storageKey, bytes, checked.mimeType);
  const document = await db.document.create({
    data: {
      businessId: business.id,
      clientId,
      title: name.replace(/\.[^.]+$/, '') || name,
      fileName: name,
      mimeType: checked.mimeType,
      sizeBytes: bytes.byteLength,
      storageKey,
      uploadedBy: 'client',
      sharedWithClient: true,
    },
    select: { id: true },
  });
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'client',
    actorId: identityId,
    action: 'document.uploaded',
    targetType: 'document',
    targetId: document.id,
    meta: { sizeBytes: bytes.byteLength, mimeType: checked.mimeType },
  });
  return { ok: true as const, id: document.id };
}
