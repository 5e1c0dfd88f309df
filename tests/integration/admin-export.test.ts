// Export the filtered client list as CSV that Excel opens correctly in English and Italian.
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { analyzeImport, previewImport } from '@/lib/import/import-clients';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportClients } from '@/lib/clients/export-clients';
import { ZClientListQuery } from '@/lib/clients/schemas';
import { db } from '@/lib/db';
import { seedDemo } from '../support/demo';

let demo: { id: string; country: string; timezone: string };
const headers = ['First name', 'Last name', 'Email', 'Phone', 'Source', 'Status', 'Last sign-in', 'Client since'];
const sources = { manual: 'Added by staff' };
const statuses = { active: 'Attivo', archived: 'Archiviato' };

beforeAll(async () => {
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({
    where: { slug: 'demo' },
    select: { id: true, country: true, timezone: true },
  });
  await db.client.create({
    data: {
      businessId: demo.id,
      firstName: 'Niccolò',
      lastName: 'Forlì; "il Moro"',
      email: 'niccolo@example.com',
      phone: '+393471112233',
    },
  });
  await db.client.create({
    data: { businessId: demo.id, firstName: '=HYPERLINK("http://evil")', lastName: '@SUM(A1)' },
  });
}, 60_000);

describe('client export', () => {
  it('writes UTF-8 with a BOM and semicolons for Italian, accents and quotes intact, one row per matching card', async () => {
    const { csv, count } = await exportClients(demo, ZClientListQuery.parse({ status: 'all' }), {
      locale: 'it',
      headers,
      sources,
      statuses,
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(headers);
    expect(parsed.data).toHaveLength(count + 1);
    expect(count).toBe(await db.client.count({ where: { businessId: demo.id } }));
    const niccolo = parsed.data.find((r) => r[0] === 'Niccolò')!;
    expect(niccolo.slice(0, 5)).toEqual([
      'Niccolò',
      'Forlì; "il Moro"',
      'niccolo@example.com',
      '+39 347 111 2233',
      'Added by staff',
    ]);
  });

  it('uses commas for English and keeps the list’s filters; another business’s cards never appear', async () => {
    const { csv, count } = await exportClients(demo, ZClientListQuery.parse({ q: 'niccolo' }), {
      locale: 'en',
      headers,
      sources,
      statuses,
    });
    expect(count).toBe(1);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${headers.join(',')}`);
    const acme = await db.business.findUniqueOrThrow({
      where: { slug: 'acme' },
      select: { id: true, country: true, timezone: true },
    });
    expect(
      (
        await exportClients(acme, ZClientListQuery.parse({ q: 'niccolo' }), {
          locale: 'en',
          headers,
          sources,
          statuses,
        })
      ).count,
    ).toBe(0);
  });

  it('never lets a cell run as a formula in a spreadsheet', async () => {
    const { csv } = await exportClients(demo, ZClientListQuery.parse({ q: 'HYPERLINK' }), {
      locale: 'en',
      headers,
      sources,
      statuses,
    });
    const [, row] = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(row[0]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row[1]).toBe(`'@SUM(A1)`);
  });

  it('opens in a spreadsheet with phones as text, days of the business’s calendar and statuses in words, and re-imports unchanged', async () => {
    const it = await import('@/messages/it.json');
    const words = it.default.admin.clients;
    const mine = await db.business.create({
      data: { slug: `export-${Date.now()}`, name: 'Salone', country: 'IT', timezone: 'Europe/Rome' },
      select: { id: true, country: true, timezone: true },
    });
    await db.client.createMany({
      data: [
        // 00:30 on 1 March in Rome is still 28 February in UTC
        {
          businessId: mine.id,
          firstName: 'Ada',
          lastName: 'Neri',
          phone: '+393330159789',
          createdAt: new Date('2026-02-28T23:30:00Z'),
        },
        {
          businessId: mine.id,
          firstName: 'Élodie',
          lastName: 'Martin',
          phone: '+33612345678',
          email: 'elodie@example.fr',
          status: 'archived',
        },
      ],
    });
    const { csv } = await exportClients(mine, ZClientListQuery.parse({ status: 'all' }), {
      locale: 'it',
      headers: (['firstName', 'lastName', 'email', 'phone', 'source', 'status', 'lastSignIn', 'since'] as const).map(
        (k) => words.export[k],
      ),
      sources: words.sources,
      statuses: { active: words.export.statusActive, archived: words.export.statusArchived },
    });
    // a spreadsheet reader (SheetJS reads CSV as Excel does): a bare +393330159789 would be the number 393330159789
    const sheet = XLSX.read(Buffer.from(csv, 'utf8'), { type: 'buffer' });
    const cells = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet.Sheets[sheet.SheetNames[0]], { raw: true });
    const ada = cells.find((c) => c.Nome === 'Ada')!;
    const elodie = cells.find((c) => c.Nome === 'Élodie')!;
    expect(ada.Cellulare).toBe('+39 333 015 9789');
    expect(elodie.Cellulare).toBe('+33 6 12 34 56 78');
    const phoneCells = Object.entries(sheet.Sheets[sheet.SheetNames[0]]).filter(([, v]) =>
      String((v as XLSX.CellObject).v).startsWith('+'),
    );
    expect(phoneCells.map(([, v]) => (v as XLSX.CellObject).t)).toEqual(['s', 's']);
    expect(String(ada['Cliente dal'])).toMatch(/^(2026-03-01|46082)$/);
    expect(csv).toContain(';2026-03-01');
    expect(elodie.Stato).toBe('Archiviato');
    expect(ada.Stato).toBe('Attivo');
    // and the same file read back by the import: every row matches its own card, nothing would change
    const bytes = new TextEncoder().encode(csv);
    const analysis = await analyzeImport(mine, bytes);
    if (!analysis.ok) throw new Error(analysis.error);
    const preview = await previewImport(mine, { bytes, mapping: analysis.mapping, onDuplicate: 'update' });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.counts).toEqual({ create: 0, update: 2, skip: 0, invalid: 0 });
    for (const row of preview.report) expect(row.changes).toEqual([]);
    expect(preview.report.map((r) => r.card).sort()).toEqual(['Ada Neri', 'Élodie Martin']);
  });
});
