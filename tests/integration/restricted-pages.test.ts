import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { accessState } from '@/lib/pages/page-access';
import { findPageFile, getClientPage, listClientPages } from '@/lib/pages/restricted-pages';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let demo: { businessId: string; clientId: string };
let acme: { businessId: string; clientId: string };
let other: { businessId: string; clientId: string };

beforeAll(async () => {
  await seedDemo();
  const cards = await db.client.findMany({
    where: { email: DEMO_CREDENTIALS.client.email },
    include: { business: true },
  });
  const scope = (slug: string) => {
    const c = cards.find((x) => x.business.slug === slug)!;
    return { businessId: c.businessId, clientId: c.id };
  };
  demo = scope('demo');
  acme = scope('acme');
  const o = await db.client.findFirstOrThrow({ where: { businessId: demo.businessId, NOT: { id: demo.clientId } } });
  other = { businessId: demo.businessId, clientId: o.id };
}, 60_000);

describe('access periods', () => {
  const from = new Date('2026-01-01T00:00:00Z');
  const until = new Date('2026-02-01T00:00:00Z');
  it('are current from `from` up to (not including) `until`; no `until` is unlimited', () => {
    expect(accessState({ from, until }, new Date(from.getTime() - 1000))).toBe('upcoming');
    expect(accessState({ from, until }, from)).toBe('active');
    expect(accessState({ from, until }, new Date(until.getTime() - 1000))).toBe('active');
    expect(accessState({ from, until }, until)).toBe('expired');
    expect(accessState({ from, until }, new Date(until.getTime() + 1000))).toBe('expired');
    expect(accessState({ from, until: null }, new Date('2099-01-01'))).toBe('active');
    expect(accessState(null, from)).toBe('none');
  });
});

describe('restricted pages', () => {
  it('show content and files to a client with current access', async () => {
    const page = await getClientPage({ ...demo, slug: 'home-exercises' });
    expect(page).toMatchObject({ state: 'active', title: 'Esercizi a casa' });
    expect(page && 'files' in page && page.files).toHaveLength(1);
    expect(await listClientPages(demo)).toEqual([
      expect.objectContaining({ slug: 'home-exercises', state: 'active', until: null }),
    ]);
  });

  it('explain an ended access with its date, and give neither content nor files', async () => {
    const page = await getClientPage({ ...acme, slug: 'home-exercises' });
    expect(page).toMatchObject({ state: 'expired', title: 'Home exercises' });
    expect(page && 'body' in page).toBe(false);
    const file = await db.document.findFirstOrThrow({ where: { businessId: acme.businessId, pageId: { not: null } } });
    expect(await findPageFile({ ...acme, slug: 'home-exercises', fileId: file.id })).toBeNull();
  });

  it('are 404 for a client not on the list, and a file of another business is never served', async () => {
    expect(await getClientPage({ ...other, slug: 'home-exercises' })).toBeNull();
    const demoFile = await db.document.findFirstOrThrow({
      where: { businessId: demo.businessId, pageId: { not: null } },
    });
    expect(await findPageFile({ ...demo, slug: 'home-exercises', fileId: demoFile.id })).not.toBeNull();
    expect(await findPageFile({ ...other, slug: 'home-exercises', fileId: demoFile.id })).toBeNull();
    expect(await findPageFile({ ...acme, slug: 'home-exercises', fileId: demoFile.id })).toBeNull();
  });

  it('close one second after the access ends', async () => {
    const access = await db.pageAccess.findFirstOrThrow({ where: { clientId: demo.clientId } });
    const end = new Date(Date.now() + 60_000);
    await db.pageAccess.update({ where: { id: access.id }, data: { until: end } });
    const file = await db.document.findFirstOrThrow({ where: { businessId: demo.businessId, pageId: { not: null } } });
    expect((await getClientPage({ ...demo, slug: 'home-exercises', now: new Date(end.getTime() - 1000) }))?.state).toBe(
      'active',
    );
    expect((await getClientPage({ ...demo, slug: 'home-exercises', now: new Date(end.getTime() + 1000) }))?.state).toBe(
      'expired',
    );
    expect(
      await findPageFile({ ...demo, slug: 'home-exercises', fileId: file.id, now: new Date(end.getTime() + 1000) }),
    ).toBeNull();
    await db.pageAccess.update({ where: { id: access.id }, data: { until: null } });
  });
});
