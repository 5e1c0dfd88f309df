// Issue: the admin, part 2 — documents: staff add one for a client (the client's upload
// checks), share and unshare it, see the client's uploads (new until opened).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listClientDocumentsForStaff, openDocumentForStaff, setDocumentShared } from '@/lib/documents/staff-documents';
import { uploadStaffDocument } from '@/lib/documents/upload-staff-document';
import { findClientDocument, listDocuments } from '@/lib/documents/list-client-documents';
import { uploadClientDocument } from '@/lib/documents/upload-document';
import { seedDemo } from '../support/demo';

const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
let demo: { id: string; slug: string };
let acme: { id: string; slug: string };
let clientId: string;
let identityId: string;
let acmeClientId: string;
const staffIdentityId = 'staff-under-test';

beforeAll(async () => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'portico-staff-docs-'));
  await seedDemo();
  [demo, acme] = await Promise.all(
    ['demo', 'acme'].map((slug) =>
      db.business.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true } }),
    ),
  );
  const card = await db.client.findFirstOrThrow({
    where: { businessId: demo.id, isDemo: false, identityId: { not: null } },
  });
  clientId = card.id;
  identityId = card.identityId!;
  acmeClientId = (await db.client.findFirstOrThrow({ where: { businessId: acme.id, isDemo: false } })).id;
}, 60_000);

const upload = (values: Partial<Parameters<typeof uploadStaffDocument>[0]> = {}) =>
  uploadStaffDocument({
    business: demo,
    clientId,
    staffIdentityId,
    fileName: 'Piano di trattamento.pdf',
    title: '',
    share: true,
    bytes: pdf,
    ...values,
  });

describe('staff documents', () => {
  it('a shared one reaches the client; unshared, it is gone from their list and download', async () => {
    const added = await upload({ title: 'Treatment plan' });
    if (!added.ok) throw new Error(added.error);
    const scope = { businessId: demo.id, clientId };
    expect((await listDocuments({ ...scope, page: 1 })).items.map((d) => d.id)).toContain(added.id);
    expect(await findClientDocument({ ...scope, documentId: added.id })).not.toBeNull();
    expect(
      await setDocumentShared({ businessId: demo.id, documentId: added.id, shared: false, staffIdentityId }),
    ).toEqual({
      ok: true,
    });
    expect((await listDocuments({ ...scope, page: 1 })).items.map((d) => d.id)).not.toContain(added.id);
    expect(await findClientDocument({ ...scope, documentId: added.id })).toBeNull();
    // staff still see it, marked as theirs and not shared
    const staffView = await listClientDocumentsForStaff(scope);
    expect(staffView.find((d) => d.id === added.id)).toMatchObject({
      title: 'Treatment plan',
      uploadedBy: 'staff',
      sharedWithClient: false,
    });
  });

  it('refuses what a client’s upload refuses, and another business’s card or document', async () => {
    const before = await db.document.count();
    expect(await upload({ bytes: new TextEncoder().encode('just text') })).toEqual({ ok: false, error: 'type' });
    expect(await upload({ bytes: new Uint8Array() })).toEqual({ ok: false, error: 'empty' });
    expect(await upload({ clientId: acmeClientId })).toEqual({ ok: false, error: 'notFound' });
    expect(await db.document.count()).toBe(before);
    const acmeDoc = await uploadStaffDocument({
      business: acme,
      clientId: acmeClientId,
      staffIdentityId,
      fileName: 'a.pdf',
      title: '',
      share: true,
      bytes: pdf,
    });
    if (!acmeDoc.ok) throw new Error(acmeDoc.error);
    expect(
      await setDocumentShared({ businessId: demo.id, documentId: acmeDoc.id, shared: false, staffIdentityId }),
    ).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await openDocumentForStaff({ businessId: demo.id, documentId: acmeDoc.id, staffIdentityId })).toBeNull();
    expect((await db.document.findUniqueOrThrow({ where: { id: acmeDoc.id } })).sharedWithClient).toBe(true);
  });

  it('a client’s upload is new until staff open it, and cannot be unshared from its author', async () => {
    const sent = await uploadClientDocument({
      business: demo,
      clientId,
      identityId,
      fileName: 'referto.pdf',
      bytes: pdf,
    });
    if (!sent.ok) throw new Error(sent.error);
    const scope = { businessId: demo.id, clientId };
    expect((await listClientDocumentsForStaff(scope)).find((d) => d.id === sent.id)?.seenByStaffAt).toBeNull();
    expect(
      await setDocumentShared({ businessId: demo.id, documentId: sent.id, shared: false, staffIdentityId }),
    ).toEqual({
      ok: false,
      error: 'notFound',
    });
    const opened = await openDocumentForStaff({ businessId: demo.id, documentId: sent.id, staffIdentityId });
    expect(opened?.fileName).toBe('referto.pdf');
    expect((await listClientDocumentsForStaff(scope)).find((d) => d.id === sent.id)?.seenByStaffAt).toBeInstanceOf(
      Date,
    );
  });
});
