import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { uploadClientDocument } from '@/lib/documents/upload-document';
import { storage } from '@/lib/storage/storage';
import { s3Storage } from '@/lib/storage/stores';
import { DEMO_CREDENTIALS, seed } from '@/prisma/seed';

// S3-compatible storage through the official AWS SDK, against a local S3 stand-in
// (s3rver: it speaks S3's REST API but does not verify signatures, so credentials
// are not what these tests prove).

const BUCKET = 'portico-files';
let server: S3rver;
let endpoint = '';
const config = () => ({
  bucket: BUCKET,
  region: 'us-east-1',
  endpoint,
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  forcePathStyle: true,
  prefix: 'test/',
});
const text = async (stream: ReadableStream<Uint8Array> | null) =>
  stream ? Buffer.from(await new Response(stream).arrayBuffer()) : null;

beforeAll(async () => {
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: mkdtempSync(path.join(tmpdir(), 'portico-s3-')),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const address = await server.run();
  endpoint = `http://127.0.0.1:${address.port}`;
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: '1',
    S3_PREFIX: 'test/',
  });
}, 30_000);

afterAll(async () => {
  for (const key of [
    'S3_BUCKET',
    'S3_ENDPOINT',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
    'S3_FORCE_PATH_STYLE',
    'S3_PREFIX',
  ])
    delete process.env[key];
  await server?.close();
});

describe('S3-compatible storage', () => {
  it('writes and streams back the same bytes; a missing object is null; a malformed key is refused', async () => {
    const store = s3Storage(config());
    const bytes = new Uint8Array(Array.from({ length: 300_000 }, (_, i) => i % 251));
    await store.write('acme/client-1/file.bin', bytes, 'application/octet-stream');
    expect(Buffer.compare((await text(await store.read('acme/client-1/file.bin')))!, Buffer.from(bytes))).toBe(0);
    expect(await store.read('acme/client-1/missing.bin')).toBeNull();
    await expect(store.write('acme/../other/file.bin', bytes)).rejects.toThrow('malformed storage key');
  });

  it('is what the app uses when S3_BUCKET is set: the seed and a client upload land in the bucket', async () => {
    await seed(db);
    const demoDoc = await db.document.findFirstOrThrow({
      where: { business: { slug: 'demo' }, client: { email: DEMO_CREDENTIALS.client.email } },
    });
    expect((await text(await storage().read(demoDoc.storageKey)))!.subarray(0, 5).toString()).toBe('%PDF-');

    const card = await db.client.findFirstOrThrow({
      where: { business: { slug: 'demo' }, email: DEMO_CREDENTIALS.client.email },
      include: { business: true },
    });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');
    const uploaded = await uploadClientDocument({
      business: card.business,
      clientId: card.id,
      identityId: card.identityId!,
      fileName: 'scan.pdf',
      bytes: pdf,
    });
    expect(uploaded.ok).toBe(true);
    const row = await db.document.findUniqueOrThrow({ where: { id: (uploaded as { id: string }).id } });
    // read straight from the bucket, not through the app's store
    expect(Buffer.compare((await text(await s3Storage(config()).read(row.storageKey)))!, pdf)).toBe(0);
  });
});
