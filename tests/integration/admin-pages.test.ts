// Issue: the admin, part 2 — restricted pages (seed 003): content, and the client list each
// with a period; pasted emails; ending an access; never another business's page or access.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getBusinessPage, listBusinessPages } from '@/lib/pages/list-business-pages';
import { changePageAccess, grantPageAccess } from '@/lib/pages/page-access-admin';
import { saveRestrictedPage } from '@/lib/pages/save-page';
import { getClientPage } from '@/lib/pages/restricted-pages';
import { seedDemo } from '../support/demo';

type TBusiness = { id: string; slug: string; timezone: string };
let demo: TBusiness;
let acme: TBusiness;
let pageId: string;
let client: { id: string; email: string };
const staffIdentityId = 'staff-under-test';

const load = (slug: string) =>
  db.business.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true, timezone: true } });

beforeAll(async () => {
  await seedDemo();
  [demo, acme] = await Promise.all([load('demo'), load('acme')]);
  await db.business.update({ where: { id: demo.id }, data: { timezone: 'Europe/Rome' } });
  demo.timezone = 'Europe/Rome';
  const created = await saveRestrictedPage({
    businessId: demo.id,
    values: { title: 'Video course', slug: 'video-course', body: '# Lesson 1', published: true },
    staffIdentityId,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  pageId = created.pageId;
  const card = await db.client.findFirstOrThrow({
    where: { businessId: demo.id, isDemo: false, email: { not: null }, status: 'active' },
  });
  client = { id: card.id, email: card.email! };
}, 60_000);

describe('pages', () => {
  it('an address is unique within the business, not across businesses', async () => {
    const again = await saveRestrictedPage({
      businessId: demo.id,
      values: { title: 'Other', slug: 'video-course', body: '', published: true },
      staffIdentityId,
    });
    expect(again).toEqual({ ok: false, error: 'invalid', fields: { slug: 'slugTaken' } });
    const bad = await saveRestrictedPage({
      businessId: demo.id,
      values: { title: '', slug: 'Not OK', body: '', published: true },
      staffIdentityId,
    });
    expect(bad).toEqual({ ok: false, error: 'invalid', fields: { title: 'titleRequired', slug: 'slugInvalid' } });
    const atAcme = await saveRestrictedPage({
      businessId: acme.id,
      values: { title: 'Video course', slug: 'video-course', body: '', published: true },
      staffIdentityId,
    });
    expect(atAcme.ok).toBe(true);
    const fromAcme = await saveRestrictedPage({
      businessId: acme.id,
      pageId,
      values: { title: 'Taken', slug: 'taken', body: '', published: false },
      staffIdentityId,
    });
    expect(fromAcme).toEqual({ ok: false, error: 'notFound' });
  });
});

describe('access', () => {
  it('until tomorrow: the client sees the page; ended: they do not', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const granted = await grantPageAccess({
      business: demo,
      pageId,
      values: { emails: client.email, from: '2026-11-23', until: '2026-11-24' },
      staffIdentityId,
    });
    expect(granted).toEqual({ ok: true, granted: 1, created: 0 });
    const scope = { businessId: demo.id, clientId: client.id, slug: 'video-course' };
    expect((await getClientPage({ ...scope, now }))?.state).toBe('active');
    // the last day counts whole, in the business's timezone: 23:30 in Rome on the 24th is still in
    expect((await getClientPage({ ...scope, now: new Date('2026-11-24T22:30:00Z') }))?.state).toBe('active');
    expect((await getClientPage({ ...scope, now: new Date('2026-11-24T23:00:00Z') }))?.state).toBe('expired');
    const access = (await getBusinessPage({ businessId: demo.id, pageId, now }))!.accesses.find(
      (a) => a.client.id === client.id,
    )!;
    expect(access.state).toBe('current');
    expect(
      await changePageAccess({ business: demo, accessId: access.id, values: 'end', staffIdentityId, now }),
    ).toEqual({
      ok: true,
    });
    expect((await getClientPage({ ...scope, now: new Date(now.getTime() + 1000) }))?.state).toBe('expired');
    const after = (await getBusinessPage({ businessId: demo.id, pageId, now: new Date(now.getTime() + 1000) }))!;
    expect(after.accesses.find((a) => a.id === access.id)?.state).toBe('ended');
  });

  it('a pasted list: known cards get the period, unknown addresses get a card', async () => {
    const granted = await grantPageAccess({
      business: demo,
      pageId,
      values: {
        emails: `${client.email.toUpperCase()}, Nuovo Cliente <nuovo.cliente@example.com>\naltro@example.com; altro@example.com`,
        from: '2026-12-01',
        until: '',
      },
      staffIdentityId,
    });
    expect(granted).toEqual({ ok: true, granted: 3, created: 2 });
    const card = await db.client.findFirstOrThrow({
      where: { businessId: demo.id, email: 'nuovo.cliente@example.com' },
    });
    expect(card).toMatchObject({ firstName: 'nuovo.cliente', source: 'manual' });
    const page = (await getBusinessPage({ businessId: demo.id, pageId, now: new Date('2026-11-23T10:00:00Z') }))!;
    expect(page.accesses.filter((a) => a.state === 'upcoming')).toHaveLength(3);
    expect(page.accesses.every((a) => a.until === null)).toBe(true);
    const list = await listBusinessPages(demo.id, '', new Date('2026-12-02T10:00:00Z'));
    expect(list.find((p) => p.id === pageId)).toMatchObject({ listed: 3, current: 3 });
    expect((await listBusinessPages(demo.id, 'VIDEO')).map((p) => p.id)).toEqual([pageId]);
    expect(await listBusinessPages(demo.id, 'no such page')).toEqual([]);
  });

  it('bad input changes nothing: a malformed address, an end before the start, another business’s page or access', async () => {
    const before = JSON.stringify(await db.pageAccess.findMany({ orderBy: { id: 'asc' } }));
    const clientsBefore = await db.client.count();
    expect(
      await grantPageAccess({
        business: demo,
        pageId,
        values: { emails: 'ok@example.com, not-an-email', from: '2026-11-23', until: '' },
        staffIdentityId,
      }),
    ).toEqual({ ok: false, error: 'invalid', fields: { emails: 'emailsInvalid' }, invalid: ['not-an-email'] });
    expect(
      await grantPageAccess({
        business: demo,
        pageId,
        values: { emails: client.email, from: '2026-11-23', until: '2026-11-22' },
        staffIdentityId,
      }),
    ).toEqual({ ok: false, error: 'invalid', fields: { until: 'untilBeforeFrom' } });
    expect(
      await grantPageAccess({
        business: acme,
        pageId,
        values: { emails: 'x@example.com', from: '2026-11-23', until: '' },
        staffIdentityId,
      }),
    ).toEqual({ ok: false, error: 'notFound' });
    const access = await db.pageAccess.findFirstOrThrow({ where: { pageId } });
    expect(await changePageAccess({ business: acme, accessId: access.id, values: 'end', staffIdentityId })).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(
      await changePageAccess({
        business: demo,
        accessId: access.id,
        values: { from: '2026-12-05', until: '2026-12-01' },
        staffIdentityId,
      }),
    ).toEqual({ ok: false, error: 'invalid', fields: { until: 'untilBeforeFrom' } });
    expect(JSON.stringify(await db.pageAccess.findMany({ orderBy: { id: 'asc' } }))).toBe(before);
    expect(await db.client.count()).toBe(clientsBefore);
  });
});
