// Issue 24: the cross-business takeovers, played end to end through the functions the server
// actions call (booking, staff reset, portal codes, /login codes, the portal chooser), on
// SQLite and on PostgreSQL. Business X (Studio Demo) is where the stranger acts; business Y
// (Acme Physio) is where the victim is a client. Then a property test: whatever anyone does,
// an identity reaches only cards carrying a contact it proved.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestCode } from '@/lib/auth/codes/request-code';
import { verifySignInCode } from '@/lib/auth/codes/verify-sign-in-code';
import { requestPlatformCode, verifyPlatformCode } from '@/lib/auth/platform/platform-code';
import { listIdentityPortals, verifyPlatformPassword } from '@/lib/auth/platform/platform-login';
import { cardReachable } from '@/lib/auth/reachable-card';
import { acceptWelcome, sendWelcome } from '@/lib/auth/welcome';
import { verifyClientPassword } from '@/lib/auth/passwords/verify-client-password';
import { bookOnline } from '@/lib/booking/book-online';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { resetClientPassword } from '@/lib/clients/reset-client-password';
import { db } from '@/lib/db';
import { issueFormToken } from '@/lib/public-forms/form-token';
import { seedDemo } from '../support/demo';

const PASSWORD = /\b[a-z2-9]{4}(?:-[a-z2-9]{4}){3}\b/;
type TBusiness = NonNullable<Awaited<ReturnType<typeof findPortalBusiness>>>;
let x: TBusiness;
let y: { id: string; slug: string; name: string; accentColor: string; defaultLocale: string };
let serviceId: string;
let xOwnerId: string;
let yOwnerId: string;
// Monday 1 March 2027, 08:00 in Rome; every booking takes the next free hour of the following weeks
const NOW = new Date('2027-03-01T07:00:00Z');
let slot = Date.parse('2027-03-02T08:00:00.000Z');
let clock = Date.parse('2027-03-01T07:00:00Z');
const tick = () => new Date((clock += 61_000));
let serial = 0;
const fresh = () => {
  serial += 1;
  return { email: `person${serial}@example.com`, phone: `+3934800${String(serial).padStart(5, '0')}` };
};

beforeAll(async () => {
  await seedDemo();
  await db.business.updateMany({
    where: { slug: { in: ['demo', 'acme'] } },
    data: { timezone: 'Europe/Rome', bookingHorizonDays: 365 },
  });
  x = (await findPortalBusiness('demo'))!;
  const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
  y = acme;
  const xOwner = await db.staffMember.findFirstOrThrow({ where: { businessId: x.id, role: 'owner' } });
  xOwnerId = xOwner.identityId;
  yOwnerId = (await db.staffMember.findFirstOrThrow({ where: { businessId: y.id, role: 'owner' } })).identityId;
  serviceId = (
    await db.service.create({
      data: {
        businessId: x.id,
        name: 'Consultation',
        durationMinutes: 30,
        staff: { create: { businessId: x.id, staffMemberId: xOwner.id } },
      },
    })
  ).id;
}, 60_000);

/** The next weekday 09:00–17:00 Rome hour that nobody booked yet. */
function nextSlot() {
  for (;;) {
    slot += 3600_000;
    const d = new Date(slot);
    const hour = Number(d.toLocaleString('en-GB', { hour: '2-digit', hour12: false, timeZone: 'Europe/Rome' }));
    const weekday = d.getUTCDay();
    if (weekday >= 1 && weekday <= 5 && hour >= 9 && hour < 17) return d.toISOString();
  }
}

/** An anonymous visitor books at X with whatever they type; the password shown, if any. */
async function visitorBooks(email: string | null, phone: string | null) {
  const result = await bookOnline({
    business: x,
    values: {
      firstName: 'Visitor',
      lastName: 'Typed',
      email: email ?? '',
      phone: phone ?? '',
      notes: '',
      serviceId,
      startsAt: nextSlot(),
      formToken: await issueFormToken('booking', x.id, NOW.getTime() - 10_000),
      website: '',
    },
    signedInClientId: null,
    locale: 'en',
    ip: null,
    now: NOW,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return (await result.followUp())?.password ?? null;
}

/** A card written by a business's staff. */
const staffWritesCard = (businessId: string, email: string | null, phone: string | null) =>
  db.client.create({ data: { businessId, firstName: 'Card', lastName: 'Written', email, phone } });

/** The last message sent to an address (the outbox: no transport configured). */
const lastTo = (to: string) => db.outboundMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: 'desc' } });

/** The holder of `address` signs in at a portal with a code sent there: the session's identity, or null. */
async function signInByCode(portal: string, address: string) {
  const now = tick();
  const asked = await requestCode({ purpose: 'sign_in', portal, identifier: address, ip: null, now });
  if (asked.outcome !== 'sent' || (await asked.deliver()) !== 'sent') return null;
  const code = /\b(\d{6})\b/.exec((await lastTo(address)).text)![1];
  const result = await verifySignInCode({ portal, identifier: address, code, now: tick() });
  return result.ok ? result.user.id : null;
}

/** The holder of `address` uses /login with a code: the slugs of the portals offered, or null (no code). */
async function loginByCode(address: string) {
  const asked = await requestPlatformCode({ identifier: address, country: 'IT', locale: 'en', now: tick() });
  if (asked.outcome !== 'sent' || (await asked.deliver()) !== 'sent') return null;
  const code = /\b(\d{6})\b/.exec((await lastTo(address)).text)![1];
  const proven = await verifyPlatformCode({ identifier: address, code, country: 'IT', now: tick() });
  if (!proven.ok) return null;
  return (await listIdentityPortals(proven.identityId, 'code')).map((c) => c.business.slug);
}

describe('the takeovers of issue 24 fail', () => {
  it('1. pre-claim through the booking form: the victim proves their phone, the visitor reaches nothing of theirs', async () => {
    const victim = fresh();
    const attacker = fresh();
    await staffWritesCard(y.id, null, victim.phone);
    const shown = await visitorBooks(attacker.email, victim.phone);
    expect(shown).toBeTruthy(); // the booking still shows a login for the new card (seed 000)
    const login = await db.client.findFirstOrThrow({ where: { businessId: x.id, email: attacker.email } });
    expect(await db.identity.findUniqueOrThrow({ where: { id: login.identityId! } })).toMatchObject({
      email: null,
      phone: null,
    });

    const victimIdentity = await signInByCode('acme', victim.phone);
    expect(victimIdentity).toBeTruthy();
    expect(await db.identity.findUniqueOrThrow({ where: { id: victimIdentity! } })).toMatchObject({
      email: null,
      phone: victim.phone,
    });
    // the attacker: /login with a code to their own email finds no login at all ...
    expect(await loginByCode(attacker.email)).toBeNull();
    // ... the shown password opens nothing any more (it named the victim's number) ...
    expect(await verifyClientPassword({ portal: 'demo', identifier: attacker.email, password: shown! })).toBeNull();
    expect(await verifyClientPassword({ portal: 'acme', identifier: victim.phone, password: shown! })).toBeNull();
    // ... and proving their own email at X gives them X's card they made, never Y's
    const attackerIdentity = await signInByCode('demo', attacker.email);
    expect(attackerIdentity).toBeTruthy();
    expect(attackerIdentity).not.toBe(victimIdentity);
    expect(await loginByCode(attacker.email)).toEqual(['demo']);
    expect(await loginByCode(victim.phone)).toEqual(['acme']);
  });

  it('1b. the mirror: the victim proves their email, the visitor who typed it with their own phone gets nothing', async () => {
    const victim = fresh();
    const attacker = fresh();
    await staffWritesCard(y.id, victim.email, null);
    const shown = await visitorBooks(victim.email, attacker.phone);
    const victimIdentity = await signInByCode('acme', victim.email);
    expect(victimIdentity).toBeTruthy();
    expect(await loginByCode(attacker.phone)).toBeNull();
    expect(await verifyClientPassword({ portal: 'demo', identifier: attacker.phone, password: shown! })).toBeNull();
    expect(await signInByCode('demo', attacker.phone)).toBeTruthy();
    expect(await loginByCode(attacker.phone)).toEqual(['demo']);
    const holder = await db.identity.findUniqueOrThrow({ where: { id: victimIdentity! } });
    expect(holder).toMatchObject({ email: victim.email, phone: null });
  });

  it('2. a business’s owner plants their phone beside the victim’s email and resets by SMS: their own card only', async () => {
    const victim = fresh();
    const attacker = fresh();
    await staffWritesCard(y.id, victim.email, null);
    const planted = await staffWritesCard(x.id, victim.email, attacker.phone);
    expect(
      await resetClientPassword({ business: x, clientId: planted.id, channel: 'sms', staffIdentityId: xOwnerId }),
    ).toEqual({ ok: true });
    const password = PASSWORD.exec((await lastTo(attacker.phone)).text)![0];
    // the password opens X's card (the staff's own business) ...
    const session = await verifyClientPassword({ portal: 'demo', identifier: attacker.phone, password });
    expect(session).toMatchObject({ portal: 'demo', clientId: planted.id });
    // ... the login holds no contact, so /login by SMS knows nothing of it
    expect(await loginByCode(attacker.phone)).toBeNull();
    expect(await verifyPlatformPassword(victim.email, password)).toBeNull();

    // the victim signs in at Y by email code: the staff-made password stops working
    const victimIdentity = await signInByCode('acme', victim.email);
    expect(victimIdentity).toBeTruthy();
    expect(await verifyClientPassword({ portal: 'demo', identifier: attacker.phone, password })).toBeNull();
    expect(await loginByCode(attacker.phone)).toBeNull();
    // proving their own phone at X gives the owner X's card alone
    expect(await signInByCode('demo', attacker.phone)).toBeTruthy();
    expect(await loginByCode(attacker.phone)).toEqual(['demo']);
    expect((await loginByCode(victim.email))?.includes('acme')).toBe(true);
  });

  it('2b. staff of X cannot send a new password of the victim’s proven login to a number they wrote', async () => {
    const victim = fresh();
    const attacker = fresh();
    const card = await staffWritesCard(x.id, victim.email, null);
    const victimIdentity = await signInByCode('demo', victim.email);
    await db.client.update({ where: { id: card.id }, data: { phone: attacker.phone } });
    expect(
      await resetClientPassword({ business: x, clientId: card.id, channel: 'sms', staffIdentityId: xOwnerId }),
    ).toEqual({ ok: false, error: 'unproven_address' });
    expect(await db.outboundMessage.count({ where: { to: attacker.phone } })).toBe(0);
    // the holder of the planted number proving it takes X's card, and nothing of the victim
    const attackerIdentity = await signInByCode('demo', attacker.phone);
    expect(attackerIdentity).not.toBe(victimIdentity);
    expect(await db.identity.findUniqueOrThrow({ where: { id: attackerIdentity! } })).toMatchObject({
      email: null,
      phone: attacker.phone,
    });
    expect(await loginByCode(victim.email)).toBeNull(); // the victim's only card moved to the prover
  });

  it('a welcome link proves the email it was sent to, and only that', async () => {
    const person = fresh();
    const card = await staffWritesCard(y.id, person.email, fresh().phone);
    await sendWelcome({ businessId: y.id, clientId: card.id, staffIdentityId: yOwnerId, now: tick() });
    const token = /token=([\w-]+)/.exec((await lastTo(person.email)).text)![1];
    const accepted = await acceptWelcome({ portal: 'acme', token, password: 'a long new passphrase 42', now: tick() });
    if (!accepted.ok) throw new Error(accepted.error);
    expect(await db.identity.findUniqueOrThrow({ where: { id: accepted.user.id } })).toMatchObject({
      email: person.email,
      phone: null,
    });
  });
});

/** Every identity's linked cards: each must carry a contact it proved, or be an unproven login's one card. */
async function everyLinkHolds() {
  const identities = await db.identity.findMany({
    select: {
      id: true,
      email: true,
      emailVerifiedAt: true,
      phone: true,
      phoneVerifiedAt: true,
      clients: { select: { identityId: true, email: true, phone: true } },
    },
  });
  for (const identity of identities) {
    if (identity.email) expect(identity.emailVerifiedAt).not.toBeNull();
    if (identity.phone) expect(identity.phoneVerifiedAt).not.toBeNull();
    if (!identity.email && !identity.phone) expect(identity.clients.length).toBeLessThanOrEqual(1);
    for (const card of identity.clients) expect(cardReachable(identity, card)).toBe(true);
  }
}

describe('linking, for any sequence of actions by anyone', () => {
  it('an identity reaches only cards carrying a contact it proved, and never holds two people’s contacts', async () => {
    const party = fc.constantFrom('victim', 'attacker');
    const action = fc.oneof(
      fc.record({ kind: fc.constant('book' as const), emailOf: party, phoneOf: party }),
      fc.record({
        kind: fc.constant('staff_card_reset' as const),
        emailOf: party,
        phoneOf: party,
        channel: fc.constantFrom('email' as const, 'sms' as const),
      }),
      fc.record({
        kind: fc.constant('sign_in' as const),
        who: party,
        portal: fc.constantFrom('demo', 'acme'),
        by: fc.constantFrom('email', 'phone'),
      }),
      fc.record({ kind: fc.constant('login' as const), who: party, by: fc.constantFrom('email', 'phone') }),
      fc.record({ kind: fc.constant('contact_form' as const), emailOf: party, phoneOf: party }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 6 }), async (actions) => {
        const people = { victim: fresh(), attacker: fresh() };
        // the victim is a client of Y; the attacker acts at X (owner) or anonymously
        await staffWritesCard(y.id, people.victim.email, people.victim.phone);
        for (const a of actions) {
          if (a.kind === 'book') await visitorBooks(people[a.emailOf].email, people[a.phoneOf].phone).catch(() => null);
          else if (a.kind === 'staff_card_reset') {
            const email = people[a.emailOf].email;
            const phone = people[a.phoneOf].phone;
            const existing = await db.client.findFirst({
              where: { businessId: x.id, OR: [{ email }, { phone }] },
              select: { id: true },
            });
            const card = existing ?? (await staffWritesCard(x.id, email, phone));
            await resetClientPassword({
              business: x,
              clientId: card.id,
              channel: a.channel,
              staffIdentityId: xOwnerId,
            });
          } else if (a.kind === 'contact_form')
            await db.client.upsert({
              where: { businessId_email: { businessId: x.id, email: people[a.emailOf].email } },
              update: {},
              create: { businessId: x.id, firstName: 'Form', email: people[a.emailOf].email, source: 'contact_form' },
            });
          else if (a.kind === 'sign_in')
            await signInByCode(a.portal, people[a.who][a.by === 'email' ? 'email' : 'phone']);
          else {
            const portals = await loginByCode(people[a.who][a.by === 'email' ? 'email' : 'phone']);
            // the attacker never reaches Y: the only card at Y is the victim's
            if (a.who === 'attacker') expect(portals ?? []).not.toContain('acme');
          }
        }
        await everyLinkHolds();
        // no identity holds the victim's contact together with the attacker's
        const mixed = await db.identity.count({
          where: {
            OR: [
              { email: people.victim.email, phone: people.attacker.phone },
              { email: people.attacker.email, phone: people.victim.phone },
            ],
          },
        });
        expect(mixed).toBe(0);
        // whatever the attacker proved, their /login never lists Y
        for (const address of [people.attacker.email, people.attacker.phone])
          expect((await loginByCode(address)) ?? []).not.toContain('acme');
      }),
      { numRuns: 25, seed: 24 },
    );
  }, 240_000);
});
