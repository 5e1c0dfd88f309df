// Issue: the admin, part 1 — the client list (search, filters, pages) and adding,
// editing and archiving a card, always inside the staff member's own business.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyClientPassword } from '@/lib/auth/passwords/verify-client-password';
import { getClientCard } from '@/lib/clients/get-client-card';
import { listClients } from '@/lib/clients/list-clients';
import { saveClient, setClientArchived } from '@/lib/clients/save-client';
import { ZClientListQuery } from '@/lib/clients/schemas';
import { db } from '@/lib/db';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

type TBusiness = { id: string; slug: string; country: string };
let demo: TBusiness;
let acme: TBusiness;
let staffId: string;
const query = (q: Record<string, string> = {}) => ZClientListQuery.parse(q);
const form = (values: Record<string, unknown> = {}) => ({
  firstName: 'Lucia',
  lastName: 'Ferraro',
  email: '',
  phone: '',
  locale: '',
  notes: '',
  sendWelcome: false,
  custom: {},
  ...values,
});

beforeAll(async () => {
  await seedDemo();
  demo = await db.business.findUniqueOrThrow({
    where: { slug: 'demo' },
    select: { id: true, slug: true, country: true },
  });
  acme = await db.business.findUniqueOrThrow({
    where: { slug: 'acme' },
    select: { id: true, slug: true, country: true },
  });
  staffId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoOwner.email } })).id;
}, 60_000);

describe('the client list', () => {
  it('pages through the business’s own clients only, with the total', async () => {
    const total = await db.client.count({ where: { businessId: demo.id, status: { not: 'archived' } } });
    const first = await listClients(demo, query());
    expect(first.total).toBe(total);
    expect(first.rows.length).toBe(Math.min(25, total));
    const ids = new Set(
      (await db.client.findMany({ where: { businessId: demo.id }, select: { id: true } })).map((c) => c.id),
    );
    expect(first.rows.every((r) => ids.has(r.id))).toBe(true);
    const last = await listClients(demo, query({ page: String(first.pages) }));
    expect(last.rows.length).toBe(total - (first.pages - 1) * 25);
  });

  it('finds a card by name in any case, by several words, and by email', async () => {
    const card = await db.client.findFirstOrThrow({
      where: { businessId: demo.id, email: DEMO_CREDENTIALS.client.email },
    });
    for (const q of [
      card.lastName.toLowerCase(),
      card.lastName.toUpperCase(),
      `${card.firstName} ${card.lastName}`,
      'demo.client@',
    ])
      expect(
        (await listClients(demo, query({ q }))).rows.map((r) => r.id),
        q,
      ).toContain(card.id);
    expect((await listClients(demo, query({ q: `${card.firstName} zzzz` }))).total).toBe(0);
  });

  it('finds a card by its mobile number typed in national, international or partial form', async () => {
    // +393331234567 is the demo client's number at Studio Demo (Italy)
    for (const q of ['333 123 4567', '+39 333 1234567', '(333) 123-4567', '1234567']) {
      const { rows } = await listClients(demo, query({ q }));
      expect(
        rows.map((r) => r.phone),
        q,
      ).toContain(DEMO_CREDENTIALS.client.phone);
    }
  });

  it('never shows another business’s client, whatever the search', async () => {
    const acmeOnly = await db.client.findFirstOrThrow({
      where: { businessId: acme.id, NOT: { email: DEMO_CREDENTIALS.client.email } },
    });
    expect((await listClients(demo, query({ q: acmeOnly.lastName }))).rows.map((r) => r.id)).not.toContain(acmeOnly.id);
    expect(await getClientCard({ businessId: demo.id, clientId: acmeOnly.id })).toBeNull();
  });

  it('filters by status, source, never signed in and two-step', async () => {
    const neverSignedIn = await listClients(demo, query({ neverSignedIn: '1', status: 'all' }));
    expect(neverSignedIn.total).toBe(await db.client.count({ where: { businessId: demo.id, lastSignInAt: null } }));
    expect(neverSignedIn.rows.every((r) => r.lastSignInAt === null)).toBe(true);
    const selfSignUp = await listClients(demo, query({ source: 'self_signup', status: 'all' }));
    expect(selfSignUp.rows.every((r) => r.source === 'self_signup')).toBe(true);
    const twoStep = await listClients(demo, query({ twoStep: '1' }));
    expect(twoStep.rows.every((r) => r.identity?.totpEnabledAt)).toBe(true);
    // odd URL values fall back to the defaults instead of failing
    expect(query({ status: 'deleted', sort: 'DROP', page: '-3', source: 'x' })).toMatchObject({
      status: 'active',
      sort: 'name',
      page: 1,
      source: undefined,
    });
  });
});

describe('adding, editing and archiving a card', () => {
  it('adds a client with a normalized email and phone, audited; a duplicate is refused and nothing is written', async () => {
    const created = await saveClient({
      business: demo,
      staffIdentityId: staffId,
      values: form({ email: ' Lucia.Ferraro@Example.com ', phone: '347 555 0101' }),
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const card = await db.client.findUniqueOrThrow({ where: { id: created.clientId } });
    expect(card).toMatchObject({
      email: 'lucia.ferraro@example.com',
      phone: '+393475550101',
      source: 'manual',
      businessId: demo.id,
    });
    expect(
      await db.auditEvent.count({ where: { action: 'client.created', targetId: card.id, actorId: staffId } }),
    ).toBe(1);

    const before = await db.client.count({ where: { businessId: demo.id } });
    const sameEmail = await saveClient({
      business: demo,
      staffIdentityId: staffId,
      values: form({ email: 'lucia.ferraro@example.com' }),
    });
    expect(sameEmail).toEqual({ ok: false, error: 'invalid', fields: { email: 'emailTaken' } });
    const samePhone = await saveClient({
      business: demo,
      staffIdentityId: staffId,
      values: form({ phone: '+39 347 5550101' }),
    });
    expect(samePhone).toEqual({ ok: false, error: 'invalid', fields: { phone: 'phoneTaken' } });
    const bad = await saveClient({
      business: demo,
      staffIdentityId: staffId,
      values: form({ firstName: ' ', email: 'nope', phone: '12' }),
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.fields).toMatchObject({
        firstName: 'firstNameRequired',
        email: 'emailInvalid',
        phone: 'phoneInvalid',
      });
    expect(await db.client.count({ where: { businessId: demo.id } })).toBe(before);
    // the same address at another business is a different card
    expect(
      (
        await saveClient({
          business: acme,
          staffIdentityId: staffId,
          values: form({ email: 'lucia.ferraro@example.com' }),
        })
      ).ok,
    ).toBe(true);
  });

  it('edits a card of its own business only, recording which fields changed', async () => {
    const card = await db.client.findFirstOrThrow({ where: { businessId: demo.id, email: { not: null } } });
    const edited = await saveClient({
      business: demo,
      clientId: card.id,
      staffIdentityId: staffId,
      values: form({ firstName: card.firstName, lastName: 'Nuovo', email: card.email!, phone: card.phone ?? '' }),
    });
    expect(edited.ok).toBe(true);
    expect((await db.client.findUniqueOrThrow({ where: { id: card.id } })).lastName).toBe('Nuovo');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'client.updated', targetId: card.id } });
    expect(JSON.parse(audit.meta!)).toEqual({ fields: 'lastName' });

    const acmeCard = await db.client.findFirstOrThrow({ where: { businessId: acme.id } });
    const wrongTenant = await saveClient({
      business: demo,
      clientId: acmeCard.id,
      staffIdentityId: staffId,
      values: form(),
    });
    expect(wrongTenant).toEqual({ ok: false, error: 'notFound' });
    expect((await db.client.findUniqueOrThrow({ where: { id: acmeCard.id } })).firstName).toBe(acmeCard.firstName);
  });

  it('archives a client: no sign-in, hidden from the active list; restore brings both back', async () => {
    const card = await db.client.findFirstOrThrow({
      where: { businessId: demo.id, email: DEMO_CREDENTIALS.client.email },
    });
    const signIn = () =>
      verifyClientPassword({
        portal: 'demo',
        identifier: DEMO_CREDENTIALS.client.email,
        password: DEMO_CREDENTIALS.client.password,
      });
    expect(await signIn()).not.toBeNull();
    expect(
      await setClientArchived({ businessId: acme.id, clientId: card.id, staffIdentityId: staffId, archived: true }),
    ).toBe(false);
    expect(
      await setClientArchived({ businessId: demo.id, clientId: card.id, staffIdentityId: staffId, archived: true }),
    ).toBe(true);
    expect(await signIn()).toBeNull();
    expect((await listClients(demo, query({ q: card.email! }))).total).toBe(0);
    expect((await listClients(demo, query({ q: card.email!, status: 'archived' }))).total).toBe(1);
    expect(
      await setClientArchived({ businessId: demo.id, clientId: card.id, staffIdentityId: staffId, archived: false }),
    ).toBe(true);
    expect(await signIn()).not.toBeNull();
    const actions = await db.auditEvent.findMany({
      where: { targetId: card.id, action: { in: ['client.archived', 'client.restored'] } },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(['client.archived', 'client.restored']);
  });
});
