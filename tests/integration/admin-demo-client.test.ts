// Seed 001 "View as Demo Client": every business has a Demo Client with sample records,
// made with the business; it can never sign in or receive a message, and no list,
// count or export includes it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBusinessOverviews } from '@/lib/business/list-business-overviews';
import { createBusiness } from '@/lib/onboarding/create-business';
import { exportClients } from '@/lib/clients/export-clients';
import { listClients } from '@/lib/clients/list-clients';
import { ZClientListQuery } from '@/lib/clients/schemas';
import { db } from '@/lib/db';
import { ensureDemoClient } from '@/lib/demo/ensure-demo-client';
import { storage } from '@/lib/storage/storage';

beforeAll(() => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'portico-demo-client-'));
});

const business = {
  name: 'Studio Aria',
  slug: 'studio-aria',
  locale: 'it',
  timezone: 'Europe/Rome',
  currency: 'EUR',
  country: 'IT',
  ownerName: 'Sara Neri',
  ownerEmail: 'sara.neri@example.com',
  ownerPassword: 'aria-owner-password-2026',
};

describe('the Demo Client', () => {
  it('comes with a new business, with sample records in its language, and is made only once', async () => {
    const created = await createBusiness(business);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const demo = await db.client.findFirstOrThrow({
      where: { businessId: created.businessId, isDemo: true },
      include: {
        appointments: true,
        invoices: true,
        payments: true,
        documents: true,
        pageAccesses: { include: { page: { include: { files: true } } } },
      },
    });
    expect(demo).toMatchObject({ firstName: 'Cliente', lastName: 'Demo', email: null, phone: null, identityId: null });
    expect(demo.appointments.some((a) => a.status === 'booked' && a.startsAt > new Date())).toBe(true);
    expect(demo.appointments.some((a) => a.startsAt < new Date())).toBe(true);
    expect(demo.invoices.map((i) => i.status).sort()).toEqual(['open', 'paid']);
    expect(demo.invoices.every((i) => i.currency === 'EUR')).toBe(true);
    expect(demo.payments).toHaveLength(1);
    expect(demo.documents.map((d) => d.title)).toContain('Guida di benvenuto (esempio)');
    expect(demo.pageAccesses).toHaveLength(1);
    expect(demo.pageAccesses[0].page.title).toBe('Area riservata (esempio)');
    // the sample files are real PDFs where the app reads files
    const file = await storage().read(demo.documents[0].storageKey);
    const bytes = Buffer.from(await new Response(file).arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    expect(await ensureDemoClient(created.businessId)).toBe(demo.id);
    expect(await db.client.count({ where: { businessId: created.businessId, isDemo: true } })).toBe(1);
  });

  it('is not in the client list, its counts, the overview or the export', async () => {
    const aria = await db.business.findUniqueOrThrow({ where: { slug: 'studio-aria' } });
    await db.client.create({ data: { businessId: aria.id, firstName: 'Elena', lastName: 'Ricci' } });
    const query = ZClientListQuery.parse({ status: 'all' });
    const list = await listClients(aria, query);
    expect(list.total).toBe(1);
    expect(list.rows.map((c) => c.firstName)).toEqual(['Elena']);
    const owner = await db.identity.findUniqueOrThrow({ where: { email: 'sara.neri@example.com' } });
    const [overview] = await listBusinessOverviews(owner.id);
    expect(overview).toMatchObject({ clients: 1, upcoming: 0, openInvoices: 0 });
    const csv = await exportClients(aria, query, {
      locale: 'en',
      headers: ['First name', 'Last name', 'Email', 'Phone', 'Source', 'Status', 'Last sign-in', 'Client since'],
      sources: { manual: 'Manual' },
      statuses: { active: 'Active' },
    });
    expect(csv.count).toBe(1);
    expect(csv.csv).toContain('Elena');
    expect(csv.csv).not.toContain('Cliente');
  });

  it('is made on first need for a business that has none, without taking a page address in use', async () => {
    const aria = await db.business.findUniqueOrThrow({ where: { slug: 'studio-aria' } });
    await db.client.deleteMany({ where: { businessId: aria.id, isDemo: true } });
    const id = await ensureDemoClient(aria.id);
    const pages = await db.restrictedPage.findMany({ where: { businessId: aria.id }, orderBy: { createdAt: 'asc' } });
    expect(pages.map((p) => p.slug)).toEqual(['sample-page', 'sample-page-2']);
    expect(await db.pageAccess.findFirst({ where: { clientId: id } })).toMatchObject({ pageId: pages[1].id });
  });
});
