import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { isLocale, loadMessages } from '@/lib/i18n/locales';
import { storage } from '@/lib/storage/storage';
import { zonedDay } from '@/lib/time/zoned-day';
import { titlePagePdf } from '@/lib/title-page-pdf';

const DAY = 86_400_000;
/** the sample restricted page's address; another slug is taken if the business already uses this one */
const SAMPLE_PAGE_SLUG = 'sample-page';

/**
 * The business's "Demo Client" (seed 001: "View as Demo Client"), made on first need and
 * with every new business: a card with sample appointments, invoices, payments,
 * documents and a restricted page, in the business's language. It has no login, no
 * email and no phone, so it can never sign in or receive a message; lists, counts,
 * exports and imports leave it out (`isDemo`). Returns its id.
 */
export async function ensureDemoClient(businessId: string, now = new Date()): Promise<string> {
  const existing = await db.client.findFirst({
    where: { businessId, isDemo: true },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  });
  if (existing) return existing.id;
  const business = await db.business.findUniqueOrThrow({
    where: { id: businessId },
    select: { id: true, slug: true, name: true, currency: true, defaultLocale: true, timezone: true },
  });
  const locale = isLocale(business.defaultLocale) ? business.defaultLocale : 'en';
  // plain sample texts (no placeholders), read straight from the catalogue: this also runs in the terminal (business:create)
  const texts = (await loadMessages(locale)).demoClient;

  // the files first: a file without its row is harmless, a row without its file is not
  const folder = `${business.slug}/demo-client-${randomBytes(6).toString('hex')}`;
  const files = [
    { key: `${folder}/welcome.pdf`, title: texts.documents.welcome, fileName: 'welcome.pdf' },
    { key: `${folder}/treatment-plan.pdf`, title: texts.documents.plan, fileName: 'treatment-plan.pdf' },
    { key: `${folder}/page-sheet.pdf`, title: texts.page.file, fileName: 'sample-sheet.pdf' },
  ];
  const sizes = await Promise.all(
    files.map(async (f) => {
      const bytes = await titlePagePdf(`${business.name} - ${f.title}`);
      await storage().write(f.key, bytes, 'application/pdf');
      return bytes.length;
    }),
  );
  const at = (days: number, hour = 10) => {
    const d = new Date(now.getTime() + days * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };

  return db.$transaction(async (tx) => {
    const again = await tx.client.findFirst({ where: { businessId, isDemo: true }, select: { id: true } });
    if (again) return again.id;
    const client = await tx.client.create({
      data: {
        businessId,
        isDemo: true,
        firstName: texts.firstName,
        lastName: texts.lastName,
        source: 'manual',
        locale,
        notes: texts.notes,
      },
      select: { id: true },
    });
    const clientId = client.id;
    await tx.appointment.createMany({
      data: (
        [
          [-30, 9, 'completed'],
          [-7, 15, 'completed'],
          [3, 10, 'booked'],
          [17, 11, 'booked'],
        ] as const
      ).map(([days, hour, status]) => ({
        businessId,
        clientId,
        startsAt: at(days, hour),
        endsAt: new Date(at(days, hour).getTime() + 3_600_000),
        status,
        location: business.name,
        notes: texts.appointmentNote,
      })),
    });
    const invoices = [
      { n: 1, issued: -30, due: 0, paid: true, amount: 6000 },
      { n: 2, issued: -5, due: 25, paid: false, amount: 4500 },
    ];
    for (const inv of invoices) {
      const invoice = await tx.invoice.create({
        data: {
          businessId,
          clientId,
          number: `DEMO-${String(inv.n).padStart(4, '0')}`,
          currency: business.currency,
          status: inv.paid ? 'paid' : 'open',
          issuedAt: at(inv.issued),
          dueOn: zonedDay(at(inv.due), business.timezone),
          subtotalMinor: inv.amount,
          totalMinor: inv.amount,
          paidMinor: inv.paid ? inv.amount : 0,
          lines: {
            create: [
              { description: texts.invoiceLine, quantity: 1, unitPriceMinor: inv.amount, totalMinor: inv.amount },
            ],
          },
        },
        select: { id: true },
      });
      if (inv.paid)
        await tx.payment.create({
          data: {
            businessId,
            clientId,
            invoiceId: invoice.id,
            amountMinor: inv.amount,
            currency: business.currency,
            method: 'card',
            paidAt: at(inv.issued + 1),
          },
        });
    }
    await tx.document.createMany({
      data: files.slice(0, 2).map((f, i) => ({
        businessId,
        clientId,
        title: f.title,
        fileName: f.fileName,
        mimeType: 'application/pdf',
        sizeBytes: sizes[i],
        storageKey: f.key,
        createdAt: at(-20 + i * 10),
      })),
    });
    const taken = await tx.restrictedPage.findMany({
      where: { businessId, slug: { startsWith: SAMPLE_PAGE_SLUG } },
      select: { slug: true },
    });
    const slugs = new Set(taken.map((p) => p.slug));
    let slug = SAMPLE_PAGE_SLUG;
    for (let i = 2; slugs.has(slug); i++) slug = `${SAMPLE_PAGE_SLUG}-${i}`;
    const page = await tx.restrictedPage.create({
      data: { businessId, slug, title: texts.page.title, body: texts.page.body },
      select: { id: true },
    });
    await tx.pageAccess.create({ data: { businessId, pageId: page.id, clientId, from: at(-30, 0) } });
    await tx.document.create({
      data: {
        businessId,
        pageId: page.id,
        title: files[2].title,
        fileName: files[2].fileName,
        mimeType: 'application/pdf',
        sizeBytes: sizes[2],
        storageKey: files[2].key,
        sharedWithClient: false,
      },
    });
    return clientId;
  });
}
