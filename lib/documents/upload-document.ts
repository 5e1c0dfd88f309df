import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db, isPostgres, type Db } from '@/lib/db';
import { storage } from '@/lib/storage/storage';
import { checkUpload, safeFileName } from './upload-policy';
import { UPLOADS_PER_ADDRESS_PER_HOUR, uploadQuotaProblem } from './upload-quota';
import { fail } from '@/lib/result';

const DAY_MS = 24 * 3600_000;

/**
 * A client sends a document to the business. The file is checked (size, type from its
 * bytes), the client's quota and the address's rate are checked and the row reserved in one
 * transaction (concurrent uploads cannot all pass), then the file is stored; a refused or
 * failed file leaves nothing behind.
 */
export async function uploadClientDocument({
  business,
  clientId,
  identityId,
  fileName,
  bytes,
  ip = null,
  now = new Date(),
}: {
  business: { id: string; slug: string };
  clientId: string;
  identityId: string;
  fileName: string;
  bytes: Uint8Array;
  ip?: string | null;
  now?: Date;
}) {
  const checked = await checkUpload(bytes);
  if (!checked.ok) return checked;
  if (
    ip &&
    (await db.auditEvent.count({
      where: { ip, action: 'document.uploaded', createdAt: { gte: new Date(now.getTime() - 3600_000) } },
    })) >= UPLOADS_PER_ADDRESS_PER_HOUR
  )
    return fail('rate_limited' as const);
  const name = safeFileName(fileName, checked.mimeType);
  const storageKey = `${business.slug}/${clientId}/${randomUUID()}`;
  const reserved = await db.$transaction(async (tx) => {
    await lockClientUploads(tx, clientId);
    const since = new Date(now.getTime() - DAY_MS);
    const mine = { businessId: business.id, clientId, uploadedBy: 'client' };
    const [limits, today, inAll] = await Promise.all([
      tx.business.findUniqueOrThrow({
        where: { id: business.id },
        select: { uploadDailyFiles: true, uploadDailyMegabytes: true, uploadTotalMegabytes: true },
      }),
      tx.document.aggregate({ where: { ...mine, createdAt: { gte: since } }, _count: true, _sum: { sizeBytes: true } }),
      tx.document.aggregate({ where: mine, _sum: { sizeBytes: true } }),
    ]);
    const problem = uploadQuotaProblem(
      limits,
      { filesToday: today._count, bytesToday: today._sum.sizeBytes ?? 0, bytesInAll: inAll._sum.sizeBytes ?? 0 },
      bytes.byteLength,
    );
    if (problem) return fail(problem);
    const document = await tx.document.create({
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
        createdAt: now,
      },
      select: { id: true },
    });
    return { ok: true as const, document };
  });
  if (!reserved.ok) return reserved;
  const { document } = reserved;
  try {
    await storage().write(storageKey, bytes, checked.mimeType);
  } catch (error) {
    await db.document.deleteMany({ where: { id: document.id, businessId: business.id } });
    throw error;
  }
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'client',
    actorId: identityId,
    action: 'document.uploaded',
    targetType: 'document',
    targetId: document.id,
    meta: { sizeBytes: bytes.byteLength, mimeType: checked.mimeType },
    ip,
    createdAt: now,
  });
  return { ok: true as const, id: document.id };
}

/** PostgreSQL: one client's uploads check their quota one after another (SQLite has one writer). */
async function lockClientUploads(tx: Pick<Db, '$queryRaw'>, clientId: string) {
  if (isPostgres()) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`uploads:${clientId}`}))::text`;
}
