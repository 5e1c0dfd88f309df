// npm run db:seed — demo data, idempotent: a business that already exists is left as it is.
// Demo credentials are printed at the end and listed in the README (demo only).
import path from 'node:path';
import { createDb, type Db } from '../lib/db-client';
import { parseEnv } from '../lib/env-schema';
import { localStorage, storageFromEnv, type TStorage } from '../lib/storage/stores';
import { hashPassword } from '../lib/crypto/password-hash';
import { ENGLISH_NAMES, ITALIAN_NAMES } from './seed-data/names';
import { titlePagePdf } from '../lib/title-page-pdf';
import { zonedDay } from '../lib/time/zoned-day';

export const DEMO_CREDENTIALS = {
  demoOwner: { email: 'owner@demo.example.com', password: 'studio-demo-owner-2026' },
  acmeOwner: { email: 'owner@acme.example.com', password: 'acme-owner-2026-demo' },
  demoStaff: { email: 'reception@demo.example.com', password: 'studio-demo-staff-2026' },
  client: { email: 'demo.client@example.com', phone: '+393331234567', password: 'portico-demo-client' },
} as const;

type BusinessSpec = {
  slug: string;
  name: string;
  accentColor: string;
  timezone: string;
  currency: string;
  country: string;
  defaultLocale: string;
  names: readonly (readonly [string, string])[];
  phonePrefix: string;
  phoneDigits: number;
  owner: { email: string; password: string; name: string };
  /** a member with the 'staff' role (no settings, no export) */
  staff?: { email: string; password: string; name: string };
  services: [string, number, number][];
  taxRateBp: number;
};

const BUSINESSES: BusinessSpec[] = [
  {
    slug: 'demo',
    name: 'Studio Demo',
    accentColor: '#0f766e',
    timezone: 'Europe/Rome',
    currency: 'EUR',
    country: 'IT',
    defaultLocale: 'it',
    names: ITALIAN_NAMES,
    phonePrefix: '+39333',
    phoneDigits: 7,
    taxRateBp: 2200,
    owner: { ...DEMO_CREDENTIALS.demoOwner, name: 'Maria Esposito' },
    staff: { ...DEMO_CREDENTIALS.demoStaff, name: 'Giulia Bianchi' },
    services: [
      ['Taglio e piega', 60, 4500],
      ['Colore', 90, 7000],
      ['Trattamento viso', 45, 5500],
      ['Consulenza', 30, 0],
    ],
  },
  {
    slug: 'acme',
    name: 'Acme Physio',
    accentColor: '#1d4ed8',
    timezone: 'Europe/London',
    currency: 'GBP',
    country: 'GB',
    defaultLocale: 'en',
    names: ENGLISH_NAMES,
    phonePrefix: '+447911',
    phoneDigits: 6,
    taxRateBp: 0,
    owner: { ...DEMO_CREDENTIALS.acmeOwner, name: 'David Patel' },
    services: [
      ['Initial assessment', 60, 6500],
      ['Follow-up session', 45, 5000],
      ['Sports massage', 30, 4000],
    ],
  },
];

/** Deterministic pseudo-random numbers so that every fresh demo looks the same. */
function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** `storageDir` puts the demo files in that directory; otherwise they go where the environment says (STORAGE_DIR or an S3 bucket). */
export async function seed(db: Db, { storageDir, now = new Date() }: { storageDir?: string; now?: Date } = {}) {
  const store = storageDir ? localStorage(storageDir) : storageFromEnv(parseEnv(process.env));
  const clientPasswordHash = await hashPassword(DEMO_CREDENTIALS.client.password);
  const demoIdentity = await db.identity.upsert({
    where: { email: DEMO_CREDENTIALS.client.email },
    update: {},
    create: {
      email: DEMO_CREDENTIALS.client.email,
      emailVerifiedAt: now,
      phone: DEMO_CREDENTIALS.client.phone,
      phoneVerifiedAt: now,
      name: 'Demo Client',
      passwordHash: clientPasswordHash,
      passwordChangedAt: now,
    },
  });
  const created: string[] = [];
  for (const spec of BUSINESSES) {
    if (await db.business.findUnique({ where: { slug: spec.slug }, select: { id: true } })) continue;
    await seedBusiness(db, spec, demoIdentity.id, store, now);
    created.push(spec.slug);
  }
  return { created };
}

async function seedBusiness(db: Db, spec: BusinessSpec, demoIdentityId: string, store: TStorage, now: Date) {
  const rand = random(spec.slug.length * 7919);
  const ownerHash = await hashPassword(spec.owner.password);
  const staffHash = spec.staff ? await hashPassword(spec.staff.password) : null;
  // Files first (outside the transaction: no I/O inside it), rows after.
  const docs = [
    ['Privacy consent.pdf', 'Consenso privacy'],
    ['Treatment plan.pdf', 'Piano di trattamento'],
    ['Price list 2026.pdf', 'Listino 2026'],
  ];
  const storageKeys = docs.map((_, i) => `${spec.slug}/demo-client/document-${i + 1}.pdf`);
  const docBytes = await Promise.all(docs.map(([en]) => titlePagePdf(`${spec.name} - ${en}`)));
  for (const [i, key] of storageKeys.entries()) await store.write(key, docBytes[i], 'application/pdf');
  const pageFileKey = `${spec.slug}/pages/home-exercises.pdf`;
  const pageFileBytes = await titlePagePdf(`${spec.name} - Home exercises`);
  await store.write(pageFileKey, pageFileBytes, 'application/pdf');

  await db.$transaction(async (tx) => {
    const business = await tx.business.create({
      data: {
        slug: spec.slug,
        name: spec.name,
        accentColor: spec.accentColor,
        timezone: spec.timezone,
        currency: spec.currency,
        country: spec.country,
        defaultLocale: spec.defaultLocale,
        loginMethods: 'email_code,sms_code,password,google,passkey',
        allowSelfSignUp: true,
      },
    });
    const ownerIdentity = await tx.identity.upsert({
      where: { email: spec.owner.email },
      update: {},
      create: {
        email: spec.owner.email,
        emailVerifiedAt: now,
        name: spec.owner.name,
        passwordHash: ownerHash,
        passwordChangedAt: now,
      },
    });
    const owner = await tx.staffMember.create({
      data: { businessId: business.id, identityId: ownerIdentity.id, role: 'owner', displayName: spec.owner.name },
    });
    if (spec.staff && staffHash) {
      const staffIdentity = await tx.identity.upsert({
        where: { email: spec.staff.email },
        update: {},
        create: {
          email: spec.staff.email,
          emailVerifiedAt: now,
          name: spec.staff.name,
          passwordHash: staffHash,
          passwordChangedAt: now,
        },
      });
      await tx.staffMember.create({
        data: { businessId: business.id, identityId: staffIdentity.id, role: 'staff', displayName: spec.staff.name },
      });
    }
    const label = (en: string, it: string) => ({
      label: spec.defaultLocale === 'it' ? it : en,
      labels: JSON.stringify({ en, it }),
    });
    await tx.customFieldDefinition.createMany({
      data: [
        {
          businessId: business.id,
          key: 'birthday',
          ...label('Date of birth', 'Data di nascita'),
          type: 'date',
          position: 0,
        },
        {
          businessId: business.id,
          key: 'notes_for_staff',
          ...label('Preferences', 'Preferenze'),
          type: 'text',
          position: 1,
        },
        {
          businessId: business.id,
          key: 'reminders',
          ...label('Reminders by', 'Promemoria via'),
          type: 'select',
          options: JSON.stringify(['Email', 'SMS']),
          position: 2,
        },
      ],
    });
    const services = [];
    for (const [name, durationMinutes, priceMinor] of spec.services) {
      services.push(await tx.service.create({ data: { businessId: business.id, name, durationMinutes, priceMinor } }));
    }

    const sources = ['booking', 'contact_form', 'payment', 'import', 'manual'];
    const clientIds: string[] = [];
    for (const [i, [firstName, lastName]] of spec.names.entries()) {
      const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '');
      const client = await tx.client.create({
        data: {
          businessId: business.id,
          firstName,
          lastName,
          email: `${local}@example.com`,
          phone: `${spec.phonePrefix}${String(100000 + i * 3517)
            .padStart(spec.phoneDigits, '0')
            .slice(0, spec.phoneDigits)}`,
          source: sources[i % sources.length],
          createdAt: new Date(now.getTime() - (200 - i * 5) * DAY),
        },
      });
      clientIds.push(client.id);
    }
    const demoClient = await tx.client.create({
      data: {
        businessId: business.id,
        identityId: demoIdentityId,
        firstName: 'Demo',
        lastName: 'Client',
        email: DEMO_CREDENTIALS.client.email,
        phone: DEMO_CREDENTIALS.client.phone,
        source: 'booking',
        lastSignInAt: new Date(now.getTime() - 3 * DAY),
        welcomeSentAt: new Date(now.getTime() - 60 * DAY),
        createdAt: new Date(now.getTime() - 90 * DAY),
      },
    });

    // A few appointments for everyone, more for the demo client.
    const slot = (dayOffset: number, hour: number) => {
      const d = new Date(now.getTime() + dayOffset * DAY);
      d.setUTCHours(hour, 0, 0, 0);
      return d;
    };
    const appointments = [];
    for (const clientId of clientIds) {
      const service = services[Math.floor(rand() * services.length)];
      const startsAt = slot(Math.floor(rand() * 60) - 30, 8 + Math.floor(rand() * 9));
      appointments.push({
        businessId: business.id,
        clientId,
        serviceId: service.id,
        staffMemberId: owner.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + service.durationMinutes * 60_000),
        status: startsAt < now ? 'completed' : 'booked',
      });
    }
    for (const [dayOffset, hour, status] of [
      [-120, 9, 'completed'],
      [-75, 10, 'completed'],
      [-40, 15, 'cancelled'],
      [-14, 11, 'completed'],
      [-3, 16, 'completed'],
      [2, 10, 'booked'],
      [9, 14, 'booked'],
      [30, 9, 'booked'],
    ] as const) {
      const service = services[Math.abs(dayOffset) % services.length];
      const startsAt = slot(dayOffset, hour);
      appointments.push({
        businessId: business.id,
        clientId: demoClient.id,
        serviceId: service.id,
        staffMemberId: owner.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + service.durationMinutes * 60_000),
        status,
        ...(status === 'cancelled'
          ? { cancelledAt: slot(dayOffset - 2, 8), cancelledBy: 'client', cancellationReason: 'Impegno di lavoro' }
          : {}),
      });
    }
    await tx.appointment.createMany({ data: appointments });

    // Invoices for the demo client: paid, open, overdue.
    const year = now.getUTCFullYear();
    const invoiceSpecs = [
      { n: 1, issued: -60, due: -30, status: 'paid', service: services[0] },
      { n: 2, issued: -10, due: 20, status: 'open', service: services[1] },
      { n: 3, issued: -45, due: -15, status: 'open', service: services[2 % services.length] },
    ];
    for (const inv of invoiceSpecs) {
      const unit = inv.service.priceMinor || 5000;
      const tax = Math.round((unit * spec.taxRateBp) / 10_000);
      const invoice = await tx.invoice.create({
        data: {
          businessId: business.id,
          clientId: demoClient.id,
          number: `${year}-${String(inv.n).padStart(4, '0')}`,
          currency: spec.currency,
          status: inv.status,
          issuedAt: new Date(now.getTime() + inv.issued * DAY),
          dueOn: zonedDay(new Date(now.getTime() + inv.due * DAY), spec.timezone),
          subtotalMinor: unit,
          taxMinor: tax,
          totalMinor: unit + tax,
          paidMinor: inv.status === 'paid' ? unit + tax : 0,
          lines: {
            create: [
              {
                position: 0,
                description: inv.service.name,
                quantity: 1,
                unitPriceMinor: unit,
                taxRateBp: spec.taxRateBp,
                totalMinor: unit,
              },
            ],
          },
        },
      });
      if (inv.status === 'paid') {
        await tx.payment.create({
          data: {
            businessId: business.id,
            clientId: demoClient.id,
            invoiceId: invoice.id,
            amountMinor: unit + tax,
            currency: spec.currency,
            method: 'card',
            reference: `PAY-${spec.slug.toUpperCase()}-${inv.n}`,
            paidAt: new Date(now.getTime() + (inv.issued + 2) * DAY),
          },
        });
      }
    }
    await tx.payment.create({
      data: {
        businessId: business.id,
        clientId: demoClient.id,
        amountMinor: 2000,
        currency: spec.currency,
        method: 'cash',
        reference: 'Deposit',
        paidAt: new Date(now.getTime() - 5 * DAY),
      },
    });
    await tx.document.createMany({
      data: docs.map(([en, it], i) => ({
        businessId: business.id,
        clientId: demoClient.id,
        title: spec.defaultLocale === 'it' ? it : en.replace(/\.pdf$/, ''),
        fileName: en,
        mimeType: 'application/pdf',
        sizeBytes: docBytes[i].length,
        storageKey: storageKeys[i],
        createdAt: new Date(now.getTime() - (30 - i * 10) * DAY),
      })),
    });
    // A restricted page (seed 003): open without end date at Studio Demo, ended two days ago at Acme.
    const italian = spec.defaultLocale === 'it';
    const page = await tx.restrictedPage.create({
      data: {
        businessId: business.id,
        slug: 'home-exercises',
        title: italian ? 'Esercizi a casa' : 'Home exercises',
        body: italian
          ? 'Tre esercizi da fare ogni mattina, dieci minuti in tutto.\n\nRespira lentamente e fermati se senti dolore.'
          : 'Three exercises for every morning, ten minutes in all.\n\nBreathe slowly and stop if anything hurts.',
      },
    });
    // seed 003: buying this product opens the page for 30 days (payments: manual unless Stripe is configured)
    await tx.product.create({
      data: {
        businessId: business.id,
        name: italian ? 'Programma esercizi a casa' : 'Home exercise programme',
        names: JSON.stringify(
          italian
            ? { it: 'Programma esercizi a casa', en: 'Home exercise programme' }
            : { en: 'Home exercise programme', it: 'Programma esercizi a casa' },
        ),
        description: italian
          ? 'Trenta giorni di accesso agli esercizi guidati, con la scheda da scaricare.'
          : 'Thirty days of access to the guided exercises, with the sheet to download.',
        priceMinor: 2900,
        currency: spec.currency,
        pageId: page.id,
        accessDays: 30,
      },
    });
    await tx.pageAccess.create({
      data: {
        businessId: business.id,
        pageId: page.id,
        clientId: demoClient.id,
        from: new Date(now.getTime() - 30 * DAY),
        until: italian ? null : new Date(now.getTime() - 2 * DAY),
      },
    });
    await tx.document.create({
      data: {
        businessId: business.id,
        pageId: page.id,
        title: italian ? 'Scheda esercizi' : 'Exercise sheet',
        fileName: 'home-exercises.pdf',
        mimeType: 'application/pdf',
        sizeBytes: pageFileBytes.length,
        storageKey: pageFileKey,
        sharedWithClient: false,
      },
    });
    // issue 30: a short conversation with the demo client, the business's reply not yet read
    if (italian) {
      const HOUR = 3600_000;
      const conversation = await tx.conversation.create({
        data: {
          businessId: business.id,
          clientId: demoClient.id,
          createdAt: new Date(now.getTime() - 3 * HOUR),
          lastMessageAt: new Date(now.getTime() - HOUR),
          clientReadAt: new Date(now.getTime() - 3 * HOUR),
          staffReadAt: new Date(now.getTime() - HOUR),
          clientUnread: 1,
        },
      });
      const message = (author: string, body: string, hoursAgo: number) => ({
        businessId: business.id,
        conversationId: conversation.id,
        author,
        staffIdentityId: author === 'client' ? null : ownerIdentity.id,
        body,
        createdAt: new Date(now.getTime() - hoursAgo * HOUR),
      });
      await tx.conversationMessage.createMany({
        data: [
          message('client', 'Buongiorno! Posso spostare il taglio di giovedì alle 17?', 3),
          message('note', 'Giovedì alle 17 è libero: spostato in agenda.', 1.5),
          message('staff', 'Certo, l’abbiamo spostato a giovedì alle 17. A presto!', 1),
        ],
      });
    }
    await tx.auditEvent.create({ data: { businessId: business.id, actorType: 'system', action: 'business.seeded' } });
  });
}

async function main() {
  const db = createDb(process.env.DATABASE_URL || 'file:./data/portico.db');
  try {
    const { created } = await seed(db);
    console.log(
      created.length
        ? `[db:seed] created businesses: ${created.join(', ')}`
        : '[db:seed] demo data already present: nothing changed',
    );
    console.log('[db:seed] demo-only credentials:');
    console.log(
      `  staff  /admin          ${DEMO_CREDENTIALS.demoOwner.email} / ${DEMO_CREDENTIALS.demoOwner.password}  (Studio Demo)`,
    );
    console.log(
      `  staff  /admin          ${DEMO_CREDENTIALS.acmeOwner.email} / ${DEMO_CREDENTIALS.acmeOwner.password}  (Acme Physio)`,
    );
    console.log(
      `  staff  /admin          ${DEMO_CREDENTIALS.demoStaff.email} / ${DEMO_CREDENTIALS.demoStaff.password}  (Studio Demo, role staff)`,
    );
    console.log(
      `  client /p/demo, /p/acme ${DEMO_CREDENTIALS.client.email} or ${DEMO_CREDENTIALS.client.phone} / ${DEMO_CREDENTIALS.client.password}`,
    );
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(`[db:seed] failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
