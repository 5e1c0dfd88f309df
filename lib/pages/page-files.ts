import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { checkUpload, safeFileName } from '@/lib/documents/upload-policy';
import { storage } from '@/lib/storage/storage';
import { fail } from '@/lib/result';

/** Attach a file to a restricted page (clients with current access download it); the upload checks apply. */
export async function uploadPageFile({
  business,
  pageId,
  staffIdentityId,
  fileName,
  bytes,
}: {
  business: { id: string; slug: string };
  pageId: string;
  staffIdentityId: string;
  fileName: string;
  bytes: Uint8Array;
}) {
  const page = await db.restrictedPage.findFirst({
    where: { id: pageId, businessId: business.id },
    select: { id: true },
  });
  if (!page) return fail('notFound' as const);
  const checked = await checkUpload(bytes);
  if (!checked.ok) return checked;
  const name = safeFileName(fileName, checked.mimeType);
  const storageKey = `${business.slug}/pages/${page.id}/${randomUUID()}`;
  await storage().write(storageKey, bytes, checked.mimeType);
  const file = await db.document.create({
    data: {
      businessId: business.id,
      pageId: page.id,
      title: name.replace(/\.[^.]+$/, '') || name,
      fileName: name,
      mimeType: checked.mimeType,
      sizeBytes: bytes.byteLength,
      storageKey,
      uploadedBy: 'staff',
      sharedWithClient: false,
      seenByStaffAt: new Date(),
    },
    select: { id: true },
  });
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'page.file_added',
    targetType: 'page',
    targetId: page.id,
    meta: { documentId: file.id },
  });
  return { ok: true as const, id: file.id };
}

/** Remove a file from a page of this business (the stored bytes go too). */
export async function removePageFile({
  businessId,
  documentId,
  staffIdentityId,
}: {
  businessId: string;
  documentId: string;
  staffIdentityId: string;
}) {
  const file = await db.document.findFirst({
    where: { id: documentId, businessId, pageId: { not: null } },
    select: { id: true, pageId: true, storageKey: true },
  });
  if (!file) return fail('notFound' as const);
  await db.document.delete({ where: { id: file.id, businessId } });
  await storage()
    .remove(file.storageKey)
    .catch(() => undefined);
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'page.file_removed',
    targetType: 'page',
    targetId: file.pageId!,
  });
  return { ok: true as const };
}
