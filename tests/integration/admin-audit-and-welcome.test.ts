// The audit log page's data and "Resend welcome email", inside one business.
import { beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents, ZAuditQuery } from '@/lib/audit/list-audit-events';
import { resendWelcome } from '@/lib/clients/resend-welcome';
import { saveClient } from '@/lib/clients/save-client';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let demo: { id: string; country: string };
let acme: { id: string; country: string };
let ownerId: string;
let clientId: string;

beforeAll(async () => {
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true, country: true } });
  acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' }, select: { id: true, country: true } });
  ownerId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
  const created = await saveClient({
    business: demo,
    staffIdentityId: ownerId,
    values: {
      firstName: 'Nora',
      lastName: 'Valli',
      email: 'nora.valli@example.com',
      phone: '',
      locale: '',
      notes: '',
      sendWelcome: false,
    },
  });
  if (!created.ok) throw new Error('setup');
  clientId = created.clientId;
}, 60_000);

describe('resend welcome email', () => {
  it('sends a new link that revokes the earlier one, only while the client has never signed in', async () => {
    expect((await resendWelcome({ businessId: demo.id, clientId, staffIdentityId: ownerId })).ok).toBe(true);
    expect((await resendWelcome({ businessId: demo.id, clientId, staffIdentityId: ownerId })).ok).toBe(true);
    const links = await db.authToken.findMany({
      where: { purpose: 'welcome', clientId },
      orderBy: { createdAt: 'asc' },
    });
    expect(links).toHaveLength(2);
    expect(links[0].revokedAt).not.toBeNull();
    expect(links[1].revokedAt).toBeNull();
    // another business's staff cannot send it; a client who signed in gets none
    expect(await resendWelcome({ businessId: acme.id, clientId, staffIdentityId: ownerId })).toEqual({
      ok: false,
      error: 'not_available',
    });
    await db.client.update({ where: { id: clientId }, data: { lastSignInAt: new Date() } });
    expect(await resendWelcome({ businessId: demo.id, clientId, staffIdentityId: ownerId })).toEqual({
      ok: false,
      error: 'not_available',
    });
    expect(await db.authToken.count({ where: { purpose: 'welcome', clientId } })).toBe(2);
  });
});

describe('the audit log', () => {
  it('lists who did what to whom, newest first, filtered by client, staff, kind and date, in this business only', async () => {
    const all = await listAuditEvents(demo.id, ZAuditQuery.parse({}));
    expect(all.total).toBeGreaterThan(0);
    const forClient = await listAuditEvents(demo.id, ZAuditQuery.parse({ client: clientId }));
    expect(forClient.rows.map((r) => r.action).sort()).toEqual([
      'client.created',
      'client.welcome_sent',
      'client.welcome_sent',
    ]);
    expect(forClient.rows.every((r) => r.who === 'Maria Esposito' && r.whom === 'Nora Valli')).toBe(true);
    const byStaff = await listAuditEvents(demo.id, ZAuditQuery.parse({ staff: ownerId, kind: 'client' }));
    expect(byStaff.rows.every((r) => r.actorId === ownerId && r.action.startsWith('client.'))).toBe(true);
    const exact = await listAuditEvents(demo.id, ZAuditQuery.parse({ kind: 'client.created' }));
    expect(exact.rows.every((r) => r.action === 'client.created')).toBe(true);
    const future = await listAuditEvents(demo.id, ZAuditQuery.parse({ from: '2999-01-01' }));
    expect(future.total).toBe(0);
    // another business sees none of it
    expect((await listAuditEvents(acme.id, ZAuditQuery.parse({ client: clientId }))).total).toBe(0);
    // nothing secret is ever in an entry: no code, token or hash
    const metas = (await db.auditEvent.findMany({ select: { meta: true } })).map((m) => m.meta ?? '').join(' ');
    expect(metas).not.toMatch(/\b\d{6}\b|[A-Za-z0-9_$-]{32,}/);
  });
});
