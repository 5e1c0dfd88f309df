import type { Session } from 'next-auth';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePortalClient } from '@/lib/auth/guards/require-client';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

// What every portal page, action and route handler checks on the server after the
// edge gate: a session of the right kind, for THIS business, live, not revoked,
// for an active card of this identity.
let demo: { id: string };
let acme: { id: string };
let user: Session['user'];

beforeAll(async () => {
  await seedDemo();
  [demo, acme] = await Promise.all(['demo', 'acme'].map((slug) => db.business.findUniqueOrThrow({ where: { slug } })));
  const identity = await db.identity.findUniqueOrThrow({
    where: { email: DEMO_CREDENTIALS.client.email },
    include: { clients: true },
  });
  const card = identity.clients.find((c) => c.businessId === demo.id)!;
  user = {
    id: identity.id,
    kind: 'client',
    businessId: demo.id,
    portal: 'demo',
    clientId: card.id,
    signedInAt: Date.now(),
    expiresAt: Date.now() + 3600_000,
  };
}, 60_000);

describe('the server-side portal session check', () => {
  it('accepts a live session on its own business', async () => {
    expect(await resolvePortalClient(user, demo.id)).toMatchObject({ id: user.clientId, firstName: 'Demo' });
  });

  it('refuses a session of portal A used on portal B, and a staff session', async () => {
    expect(await resolvePortalClient(user, acme.id)).toBeNull();
    expect(await resolvePortalClient({ ...user, businessId: acme.id }, acme.id)).toBeNull(); // forged business, card is demo's
    expect(await resolvePortalClient({ ...user, kind: 'staff' }, demo.id)).toBeNull();
    expect(await resolvePortalClient(undefined, demo.id)).toBeNull();
  });

  it('refuses an expired session and one a second after its end', async () => {
    expect(await resolvePortalClient(user, demo.id, user.expiresAt + 1000)).toBeNull();
    expect(await resolvePortalClient(user, demo.id, user.expiresAt - 1000)).not.toBeNull();
  });

  it('refuses a session issued before sign-out everywhere, a reset or a 2FA change', async () => {
    await db.identity.update({ where: { id: user.id }, data: { sessionsValidAfter: new Date(user.signedInAt + 1) } });
    expect(await resolvePortalClient(user, demo.id)).toBeNull();
    expect(await resolvePortalClient({ ...user, signedInAt: user.signedInAt + 5 }, demo.id)).not.toBeNull();
  });

  it('refuses the session of a card the business disabled', async () => {
    const live = { ...user, signedInAt: Date.now() };
    await db.client.update({ where: { id: user.clientId! }, data: { status: 'disabled' } });
    expect(await resolvePortalClient(live, demo.id)).toBeNull();
    await db.client.update({ where: { id: user.clientId! }, data: { status: 'active' } });
    expect(await resolvePortalClient(live, demo.id)).not.toBeNull();
  });

  it('refuses a card id that belongs to another identity', async () => {
    const other = await db.client.findFirstOrThrow({ where: { businessId: demo.id, NOT: { id: user.clientId } } });
    expect(await resolvePortalClient({ ...user, clientId: other.id, signedInAt: Date.now() }, demo.id)).toBeNull();
  });
});
