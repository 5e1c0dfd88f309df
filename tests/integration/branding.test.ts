// Issue: the admin, part 2 — branding: the accent colour must stand out and carry readable
// text; the logo is an image checked by its bytes, at most 2 MB, resized on the server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { accentCheck } from '@/lib/format/contrast';
import { logoKey, removeLogo, saveLogo } from '@/lib/branding/save-logo';
import { updateBusinessSettings } from '@/lib/business/business-settings';
import { db } from '@/lib/db';
import { storage } from '@/lib/storage/storage';
import { seedDemo } from '../support/demo';

let businessId: string;
const staffIdentityId = 'staff-under-test';

beforeAll(async () => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'portico-logos-'));
  await seedDemo();
  businessId = (await db.business.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
}, 60_000);

describe('accent colour', () => {
  it('is saved with readable text on it; one too light for the page is refused and nothing changes', async () => {
    expect(
      await updateBusinessSettings({
        businessId,
        section: 'branding',
        values: { name: 'Studio Demo', accentColor: '#0F766E' },
        staffIdentityId,
      }),
    ).toEqual({ ok: true });
    expect((await db.business.findUniqueOrThrow({ where: { id: businessId } })).accentColor).toBe('#0f766e');
    expect(accentCheck('#0f766e')).toMatchObject({ onAccent: '#ffffff', ok: true });
    expect(accentCheck('#ffeb3b')).toMatchObject({ ok: false });
    for (const [accentColor, error] of [
      ['#ffeb3b', 'contrastFails'],
      ['teal', 'colorInvalid'],
    ])
      expect(
        await updateBusinessSettings({
          businessId,
          section: 'branding',
          values: { name: 'Studio Demo', accentColor },
          staffIdentityId,
        }),
      ).toEqual({ ok: false, error: 'invalid', fields: { accentColor: error } });
    expect((await db.business.findUniqueOrThrow({ where: { id: businessId } })).accentColor).toBe('#0f766e');
  });
});

describe('logo', () => {
  it('a large JPEG is resized to fit the header and served as PNG', async () => {
    const jpeg = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#0f766e' } })
      .jpeg()
      .toBuffer();
    const saved = await saveLogo({ businessId, bytes: jpeg, staffIdentityId });
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.logoUrl).toMatch(new RegExp(`^/api/branding/${businessId}/logo\\?v=`));
    const stored = Buffer.from(await new Response(await storage().read(logoKey(businessId))).arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 320, height: 160 });
  });

  it('refuses what is not an image or is over 2 MB, keeping the current logo', async () => {
    const before = (await db.business.findUniqueOrThrow({ where: { id: businessId } })).logoUrl;
    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    expect(await saveLogo({ businessId, bytes: pdf, staffIdentityId })).toEqual({ ok: false, error: 'logoType' });
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64');
    expect(await saveLogo({ businessId, bytes: gif, staffIdentityId })).toEqual({ ok: false, error: 'logoType' });
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    expect(await saveLogo({ businessId, bytes: big, staffIdentityId })).toEqual({ ok: false, error: 'logoTooLarge' });
    expect((await db.business.findUniqueOrThrow({ where: { id: businessId } })).logoUrl).toBe(before);
    await removeLogo({ businessId, staffIdentityId });
    expect((await db.business.findUniqueOrThrow({ where: { id: businessId } })).logoUrl).toBeNull();
    expect(await storage().read(logoKey(businessId))).toBeNull();
  });
});
