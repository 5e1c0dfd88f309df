// Export the filtered client list as CSV that Excel opens correctly in English and Italian.
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportClients } from '@/lib/clients/export-clients';
import { ZClientListQuery } from '@/lib/clients/schemas';
import { db } from '@/lib/db';
import { seedDemo } from '../support/demo';

let demo: { id: string; country: string };
const headers = ['First name', 'Last name', 'Email', 'Phone', 'Source', 'Status', 'Last sign-in', 'Client since'];
const sources = { manual: 'Added by staff' };

beforeAll(async () => {
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true, country: true } });
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
      '+393471112233',
      'Added by staff',
    ]);
  });

  it('uses commas for English and keeps the list’s filters; another business’s cards never appear', async () => {
    const { csv, count } = await exportClients(demo, ZClientListQuery.parse({ q: 'niccolo' }), {
      locale: 'en',
      headers,
      sources,
    });
    expect(count).toBe(1);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${headers.join(',')}`);
    const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' }, select: { id: true, country: true } });
    expect(
      (await exportClients(acme, ZClientListQuery.parse({ q: 'niccolo' }), { locale: 'en', headers, sources })).count,
    ).toBe(0);
  });

  it('never lets a cell run as a formula in a spreadsheet', async () => {
    const { csv } = await exportClients(demo, ZClientListQuery.parse({ q: 'HYPERLINK' }), {
      locale: 'en',
      headers,
      sources,
    });
    const [, row] = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(row[0]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row[1]).toBe(`'@SUM(A1)`);
  });
});
