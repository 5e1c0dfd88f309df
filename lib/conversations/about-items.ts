import 'server-only';
import { db } from '@/lib/db';

/** how many of each kind the form offers: the nearest appointments, the latest invoices and documents */
const OFFERED = 10;

export type TAboutType = 'appointment' | 'invoice' | 'document';
type TScope = { businessId: string; clientId: string };

/** "invoice:<id>" → its parts, or null. */
export function parseAbout(value: string | undefined) {
  const match = /^(appointment|invoice|document):([\w-]{1,64})$/.exec(value ?? '');
  return match ? { type: match[1] as TAboutType, id: match[2] } : null;
}

/** The client's own items a message may be about (three bounded queries). */
export async function aboutChoices({ businessId, clientId }: TScope) {
  const scope = { businessId, clientId };
  const [appointments, invoices, documents] = await Promise.all([
    db.appointment.findMany({
      where: scope,
      select: { id: true, startsAt: true, service: { select: { name: true, names: true } } },
      orderBy: { startsAt: 'desc' },
      take: OFFERED,
    }),
    db.invoice.findMany({
      where: { ...scope, number: { not: null } },
      select: { id: true, number: true },
      orderBy: { issuedAt: 'desc' },
      take: OFFERED,
    }),
    db.document.findMany({
      where: { ...scope, OR: [{ sharedWithClient: true }, { uploadedBy: 'client' }] },
      select: { id: true, title: true },
      orderBy: { createdAt: 'desc' },
      take: OFFERED,
    }),
  ]);
  return { appointments, invoices, documents };
}

/** Whether the item is the client's own in this business (what a message may be about). */
export async function isClientsItem({ businessId, clientId }: TScope, about: { type: TAboutType; id: string }) {
  const where = { id: about.id, businessId, clientId };
  const found =
    about.type === 'appointment'
      ? await db.appointment.findFirst({ where, select: { id: true } })
      : about.type === 'invoice'
        ? await db.invoice.findFirst({ where: { ...where, number: { not: null } }, select: { id: true } })
        : await db.document.findFirst({ where, select: { id: true } });
  return !!found;
}

/** What a page of messages is about, by "type:id" (at most three queries, whatever the page). */
export async function aboutItems(
  { businessId, clientId }: TScope,
  refs: { aboutType: string | null; aboutId: string | null }[],
) {
  const ids = (type: string) => [
    ...new Set(refs.filter((r) => r.aboutType === type && r.aboutId).map((r) => r.aboutId!)),
  ];
  const scope = { businessId, clientId };
  const [appointments, invoices, documents] = await Promise.all([
    ids('appointment').length
      ? db.appointment.findMany({
          where: { ...scope, id: { in: ids('appointment') } },
          select: { id: true, startsAt: true, service: { select: { name: true, names: true } } },
        })
      : [],
    ids('invoice').length
      ? db.invoice.findMany({ where: { ...scope, id: { in: ids('invoice') } }, select: { id: true, number: true } })
      : [],
    ids('document').length
      ? db.document.findMany({ where: { ...scope, id: { in: ids('document') } }, select: { id: true, title: true } })
      : [],
  ]);
  return { appointments, invoices, documents };
}
