import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { uploadClientDocument } from '@/lib/documents/upload-document';
import { MAX_UPLOAD_BYTES } from '@/lib/documents/upload-limits';
import { safeFileName } from '@/lib/documents/upload-policy';
import { seedDemo } from '../support/demo';

const storageDir = mkdtempSync(path.join(tmpdir(), 'portico-uploads-'));
const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
let target: { business: { id: string; slug: string }; clientId: string; identityId: string };

beforeAll(async () => {
  process.env.STORAGE_DIR = storageDir;
  await seedDemo();
  const card = await db.client.findFirstOrThrow({ where: { business: { slug: 'acme' } }, include: { business: true } });
  target = { business: card.business, clientId: card.id, identityId: 'identity-under-test' };
}, 60_000);

const files = () =>
  readdirSync(storageDir, { recursive: true }).filter(
    (f) => !String(f).endsWith('/') && String(f).split('/').length === 3,
  );

describe('client uploads', () => {
  it('stores a PDF, recorded as the client’s with the type read from its bytes', async () => {
    const result = await uploadClientDocument({ ...target, fileName: '../../etc/Referto.pdf', bytes: pdf });
    expect(result.ok).toBe(true);
    const doc = await db.document.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
    expect(doc).toMatchObject({
      mimeType: 'application/pdf',
      uploadedBy: 'client',
      clientId: target.clientId,
      fileName: 'etcReferto.pdf',
      title: 'etcReferto',
    });
    expect(files()).toHaveLength(1);
  });

  it('refuses what is not on the allow-list, whatever its name says, and keeps nothing', async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(200).fill(0)]);
    const before = await db.document.count();
    expect(await uploadClientDocument({ ...target, fileName: 'invoice.pdf', bytes: exe })).toEqual({
      ok: false,
      error: 'type',
    });
    expect(
      await uploadClientDocument({ ...target, fileName: 'notes.txt', bytes: new TextEncoder().encode('hello') }),
    ).toEqual({ ok: false, error: 'type' });
    expect(await uploadClientDocument({ ...target, fileName: 'empty.pdf', bytes: new Uint8Array() })).toEqual({
      ok: false,
      error: 'empty',
    });
    expect(await db.document.count()).toBe(before);
    expect(files()).toHaveLength(1);
  });

  it('refuses a file one byte over 20 MB and accepts one at the limit', async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(pdf);
    expect(await uploadClientDocument({ ...target, fileName: 'big.pdf', bytes: big })).toEqual({
      ok: false,
      error: 'too_large',
    });
    expect(
      (await uploadClientDocument({ ...target, fileName: 'limit.pdf', bytes: big.subarray(0, MAX_UPLOAD_BYTES) })).ok,
    ).toBe(true);
  });

  it('a PDF-header polyglot named .html is stored and served as a .pdf', async () => {
    const result = await uploadClientDocument({ ...target, fileName: 'poly\u202Elmth.html', bytes: pdf });
    const doc = await db.document.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
    expect(doc).toMatchObject({ mimeType: 'application/pdf', fileName: 'polylmth.pdf', title: 'polylmth' });
  });

  it('cleans file names', () => {
    expect(safeFileName('../..\\secret/é.pdf', 'application/pdf')).toBe('secreté.pdf');
    expect(safeFileName('\u0000\u0001', 'application/pdf')).toBe('document.pdf');
    // invisible format characters go: a right-to-left override cannot make "…fdp.exe" read "…exe.pdf"
    expect(safeFileName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.pdf');
    expect(safeFileName('a\u200Bb\u2066c.pdf', 'application/pdf')).toBe('abc.pdf');
    // the extension is the detected type's, whatever the name claimed
    expect(safeFileName('poly.html', 'application/pdf')).toBe('poly.pdf');
    expect(safeFileName('scan', 'image/png')).toBe('scan.png');
    expect(safeFileName('Photo.JPEG', 'image/jpeg')).toBe('Photo.jpeg');
    expect(safeFileName('notes.pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      'notes.docx',
    );
  });
});

describe('upload quotas (issue 24)', () => {
  const at = new Date('2027-01-10T10:00:00Z');
  let quotaTarget: typeof target;
  beforeAll(async () => {
    const card = await db.client.create({
      data: { businessId: target.business.id, firstName: 'Quota', email: 'quota@example.com' },
    });
    quotaTarget = { ...target, clientId: card.id };
    await db.business.update({
      where: { id: target.business.id },
      data: { uploadDailyFiles: 5, uploadDailyMegabytes: 100, uploadTotalMegabytes: 1 },
    });
  });

  it('25 parallel uploads by one client: the day’s five pass, the rest are refused and leave nothing', async () => {
    const before = files().length;
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        uploadClientDocument({ ...quotaTarget, fileName: `f${i}.pdf`, bytes: pdf, now: at }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(new Set(results.filter((r) => !r.ok).map((r) => (r as { error: string }).error))).toEqual(
      new Set(['quota_day']),
    );
    expect(await db.document.count({ where: { clientId: quotaTarget.clientId } })).toBe(5);
    expect(files().length - before).toBe(5);
    // the next day counts afresh
    const tomorrow = new Date(at.getTime() + 24 * 3600_000 + 1000);
    expect(await uploadClientDocument({ ...quotaTarget, fileName: 'g.pdf', bytes: pdf, now: tomorrow })).toMatchObject({
      ok: true,
    });
  });

  it('refuses a file that would pass the client’s total, and one address’s 61st upload in an hour', async () => {
    const big = new Uint8Array(1100 * 1024);
    big.set(pdf);
    expect(
      await uploadClientDocument({
        ...quotaTarget,
        fileName: 'big.pdf',
        bytes: big,
        now: new Date('2027-01-20T10:00:00Z'),
      }),
    ).toEqual({
      ok: false,
      error: 'quota_total',
    });
    await db.business.update({
      where: { id: target.business.id },
      data: { uploadDailyFiles: 20, uploadDailyMegabytes: 100, uploadTotalMegabytes: 500 },
    });
    const ip = '198.51.100.9';
    const hour = new Date('2027-02-01T10:00:00Z');
    await db.auditEvent.createMany({
      data: Array.from({ length: 60 }, () => ({
        actorType: 'client',
        action: 'document.uploaded',
        ip,
        createdAt: hour,
      })),
    });
    expect(await uploadClientDocument({ ...target, fileName: 'x.pdf', bytes: pdf, ip, now: hour })).toEqual({
      ok: false,
      error: 'rate_limited',
    });
    expect(
      await uploadClientDocument({ ...target, fileName: 'x.pdf', bytes: pdf, ip: '198.51.100.10', now: hour }),
    ).toMatchObject({
      ok: true,
    });
  });
});
