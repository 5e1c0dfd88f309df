// The demo data (prisma/seed.ts) in this test file's own database, with its files in a temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';

export async function seedDemo() {
  await seed(db, { storageDir: mkdtempSync(path.join(tmpdir(), 'portico-storage-')) });
}
