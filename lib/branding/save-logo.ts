import 'server-only';
import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { storage } from '@/lib/storage/storage';
import { fail } from '@/lib/result';

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

/** Where a business's logo lives in storage (one per business, replaced on upload). */
export const logoKey = (businessId: string) => `logos/${businessId}.png`;

/**
 * A new logo: PNG, JPEG or WebP (read from its bytes, not its name), at most 2 MB,
 * resized on the server to fit 512×160 and stored as PNG; the portal links to it with
 * a new version so browsers fetch the new one. Anything else changes nothing.
 */
export async function saveLogo({
  businessId,
  bytes,
  staffIdentityId,
}: {
  businessId: string;
  bytes: Uint8Array;
  staffIdentityId: string;
}) {
  if (bytes.byteLength === 0) return fail('logoEmpty' as const);
  if (bytes.byteLength > MAX_LOGO_BYTES) return fail('logoTooLarge' as const);
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !LOGO_TYPES.includes(type.mime)) return fail('logoType' as const);
  let png: Buffer;
  try {
    png = await sharp(bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: 512, height: 160, fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer();
  } catch {
    return fail('logoType' as const);
  }
  await storage().write(logoKey(businessId), png, 'image/png');
  const logoUrl = `/api/branding/${businessId}/logo?v=${randomUUID().slice(0, 8)}`;
  await db.business.update({ where: { id: businessId }, data: { logoUrl } });
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'business.logo_changed',
    targetType: 'business',
    targetId: businessId,
    meta: { sizeBytes: png.byteLength },
  });
  return { ok: true as const, logoUrl };
}

/** Back to the initials. */
export async function removeLogo({ businessId, staffIdentityId }: { businessId: string; staffIdentityId: string }) {
  await db.business.update({ where: { id: businessId }, data: { logoUrl: null } });
  await storage()
    .remove(logoKey(businessId))
    .catch(() => undefined);
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'business.logo_removed',
    targetType: 'business',
    targetId: businessId,
  });
  return { ok: true as const };
}

/** The stored logo of a business that has one (public: it is on its portal), or null. */
export async function readLogo(businessId: string) {
  const business = await db.business.findUnique({ where: { id: businessId }, select: { logoUrl: true } });
  return business?.logoUrl ? storage().read(logoKey(businessId)) : null;
}
