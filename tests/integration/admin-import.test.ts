// Import a client list (seed 001 "uploaded via a client list", issue 9): an Italian Excel
// export (Windows-1252, semicolons, quoted line breaks), a UTF-8 file with a BOM, every
// row checked and reported, duplicates updated or skipped, all or nothing.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';
import { db } from '@/lib/db';
import { checkMapping } from '@/lib/import/column-mapping';
import { analyzeImport, previewImport, runImport } from '@/lib/import/import-clients';
import { planImport } from '@/lib/import/plan-import';
import { readCsv } from '@/lib/import/read-csv';
import { writeImport } from '@/lib/import/write-import';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

const italianExcel = new Uint8Array(readFileSync('tests/fixtures/clienti-excel-it.csv'));
const utf8Bom = new Uint8Array(readFileSync('tests/fixtures/clients-utf8-bom.csv'));
let demo: { id: string; country: string };
let acme: { id: string; country: string };
let staffId: string;

beforeAll(async () => {
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true, country: true } });
  acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' }, select: { id: true, country: true } });
  staffId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
}, 60_000);

describe('reading the file', () => {
  it('detects Windows-1252 and semicolons, keeps the accents and a quoted line break, and maps Italian headers', async () => {
    const analysis = await analyzeImport(demo, italianExcel);
    if (!analysis.ok) throw new Error(analysis.error);
    expect(analysis).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rowCount: 9 });
    expect(analysis.headers).toEqual(['Nome', 'Cognome', 'E-mail', 'Telefono', 'Note', 'Data di nascita']);
    expect(analysis.mapping).toEqual(['firstName', 'lastName', 'email', 'phone', 'notes', 'custom:birthday']);
    expect(analysis.sample[0]).toEqual([
      'Niccolò',
      'Bernabè',
      'niccolo.bernabe@example.com',
      '333 765 4321',
      'Preferisce il mattino\r\ne il caffè amaro',
      '14/07/1988',
    ]);
  });

  it('reads UTF-8 with a byte-order mark, a quoted comma and English headers', async () => {
    const analysis = await analyzeImport(acme, utf8Bom);
    if (!analysis.ok) throw new Error(analysis.error);
    expect(analysis).toMatchObject({ encoding: 'utf-8', delimiter: ',', rowCount: 2 });
    expect(analysis.headers[0]).toBe('First name');
    expect(analysis.mapping).toEqual(['firstName', 'lastName', 'email', 'phone', 'locale']);
    expect(analysis.sample[1][0]).toBe('Ana, María');
  });

  it('refuses an empty, binary, oversized or header-less file, and one of too many rows', () => {
    const error = (bytes: Uint8Array) => {
      const read = readCsv(bytes);
      return read.ok ? 'read' : read.error;
    };
    expect(error(new Uint8Array())).toBe('empty');
    expect(error(new TextEncoder().encode('Nome;Cognome\r\n'))).toBe('empty');
    expect(error(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x0a, 0xff]))).toBe('binary');
    expect(error(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41))).toBe('tooLarge');
    expect(error(new TextEncoder().encode('Anna;Rossi;anna@example.com\r\nLuca;Bianchi;luca@example.com\r\n'))).toBe(
      'noHeader',
    );
    const many = ['Email', ...Array.from({ length: 20_001 }, (_, i) => `c${i}@example.com`)].join('\n');
    expect(error(new TextEncoder().encode(many))).toBe('tooManyRows');
  });

  it('refuses a mapping without email and phone, without a name, or with a column twice', () => {
    expect(checkMapping(['firstName', 'lastName', '', '', '', ''], 6, [])).toBe('mappingNoContact');
    expect(checkMapping(['', 'lastName', 'email', '', '', ''], 6, [])).toBe('mappingNoName');
    expect(checkMapping(['firstName', 'email', 'email', '', '', ''], 6, [])).toBe('mappingTwice');
    expect(checkMapping(['firstName', 'password', 'email', '', '', ''], 6, [])).toBe('mappingUnknown');
    expect(checkMapping(['firstName'], 6, [])).toBe('mappingUnknown');
  });
});

const MAPPING = ['firstName', 'lastName', 'email', 'phone', 'notes', 'custom:birthday'];

describe('the check before importing', () => {
  it('gives every row its outcome and every refusal its row number and reason, writing nothing', async () => {
    const before = await db.client.count();
    const preview = await previewImport(demo, { bytes: italianExcel, mapping: MAPPING, onDuplicate: 'update' });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.counts).toEqual({ create: 2, update: 2, skip: 0, invalid: 5 });
    expect(preview.report).toEqual([
      { line: 2, outcome: 'create' },
      { line: 3, outcome: 'create' },
      // a row that updates a card says whose card and each field's old → new value
      {
        line: 4,
        outcome: 'update',
        reason: 'existingCard',
        detail: 'demo.client@example.com',
        card: 'Demo Client',
        changes: [{ field: 'notes', from: '', to: "Aggiornato dall'elenco" }],
      },
      {
        line: 5,
        outcome: 'update',
        reason: 'duplicateInFile',
        detail: 'niccolo.bernabe@example.com',
        card: 'Niccolò Bernabè',
        changes: [{ field: 'notes', from: 'Preferisce il mattino\r\ne il caffè amaro', to: 'Seconda riga' }],
      },
      { line: 6, outcome: 'invalid', reason: 'noContact' },
      { line: 7, outcome: 'invalid', reason: 'emailInvalid', detail: 'mario.rossi@' },
      { line: 8, outcome: 'invalid', reason: 'phoneInvalid', detail: '12' },
      { line: 9, outcome: 'invalid', reason: 'fieldInvalid', detail: 'Data di nascita: 31/02/1990' },
      { line: 10, outcome: 'invalid', reason: 'malformedRow' },
    ]);
    const skipping = await previewImport(demo, { bytes: italianExcel, mapping: MAPPING, onDuplicate: 'skip' });
    expect(skipping.ok && skipping.counts).toEqual({ create: 2, update: 0, skip: 2, invalid: 5 });
    expect(await db.client.count()).toBe(before);
  });
});

describe('importing', () => {
  it('writes the valid rows, never duplicates a card, keeps the card’s own email, and is audited', async () => {
    const demoCard = await db.client.findFirstOrThrow({
      where: { businessId: demo.id, email: DEMO_CREDENTIALS.client.email },
    });
    const result = await runImport(demo, {
      bytes: italianExcel,
      mapping: MAPPING,
      onDuplicate: 'update',
      staffIdentityId: staffId,
      fileName: 'clienti.csv',
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.counts).toEqual({ create: 2, update: 2, skip: 0, invalid: 5 });
    const niccolo = await db.client.findMany({
      where: { businessId: demo.id, email: 'niccolo.bernabe@example.com' },
      include: { fieldValues: true },
    });
    expect(niccolo).toHaveLength(1);
    expect(niccolo[0]).toMatchObject({
      firstName: 'Niccolò',
      lastName: 'Bernabè',
      phone: '+393337654321',
      source: 'import',
      // the later row of the same person updated the card planned by the earlier one
      notes: 'Seconda riga',
    });
    expect(niccolo[0].fieldValues.map((v) => v.value)).toEqual(['1988-07-14']);
    expect(result.welcome).toHaveLength(2);
    const updated = await db.client.findUniqueOrThrow({ where: { id: demoCard.id } });
    expect(updated).toMatchObject({ notes: "Aggiornato dall'elenco", email: demoCard.email, phone: demoCard.phone });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { businessId: demo.id, action: 'client.imported' } });
    // cards in the audit entry (the file's second Niccolò row went into the first one's new card)
    expect(JSON.parse(audit.meta!)).toEqual({ created: 2, updated: 1, skipped: 0, invalid: 5, file: 'clienti.csv' });

    // the same file again: everyone is already there, nobody is duplicated
    const again = await runImport(demo, {
      bytes: italianExcel,
      mapping: MAPPING,
      onDuplicate: 'skip',
      staffIdentityId: staffId,
      fileName: 'clienti.csv',
    });
    expect(again.ok && again.counts).toEqual({ create: 0, update: 0, skip: 4, invalid: 5 });
    expect(await db.client.count({ where: { businessId: demo.id, email: 'zoe.alvarez@example.com' } })).toBe(1);
  });

  it('imports into its own business only: the same people in another business are new cards there', async () => {
    const result = await runImport(acme, {
      bytes: utf8Bom,
      mapping: ['firstName', 'lastName', 'email', 'phone', 'locale'],
      onDuplicate: 'update',
      staffIdentityId: staffId,
      fileName: 'clients.csv',
    });
    expect(result.ok && result.counts).toEqual({ create: 2, update: 0, skip: 0, invalid: 0 });
    expect(
      await db.client.findFirstOrThrow({ where: { businessId: acme.id, email: 'emile.zoelle@example.com' } }),
    ).toMatchObject({
      firstName: 'Émile',
      lastName: 'Zoëlle',
      phone: '+447911123456',
      locale: 'en',
    });
  });

  it('a failure in the middle leaves nothing written', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `Cliente${i};Prova;cliente${i}@example.com`);
    const bytes = new TextEncoder().encode(['Nome;Cognome;Email', ...rows].join('\r\n'));
    const read = readCsv(bytes);
    if (!read.ok) throw new Error(read.error);
    const plan = await planImport({
      business: demo,
      csv: read.csv,
      mapping: ['firstName', 'lastName', 'email'],
      fields: await listFieldDefinitions(demo.id),
      onDuplicate: 'update',
    });
    expect(plan.creates).toHaveLength(1200);
    // between the check and the write, someone adds row 1000's person by hand: its insert (third chunk) fails
    await db.client.create({ data: { businessId: demo.id, firstName: 'Mano', email: 'cliente999@example.com' } });
    const audits = await db.auditEvent.count({ where: { action: 'client.imported' } });
    expect(await writeImport({ businessId: demo.id, plan, staffIdentityId: staffId, fileName: 'x.csv' })).toEqual({
      ok: false,
      error: 'failed',
    });
    expect(await db.client.count({ where: { businessId: demo.id, lastName: 'Prova' } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'client.imported' } })).toBe(audits);
  });
});
