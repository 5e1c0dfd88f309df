import 'server-only';
import { db } from '@/lib/db';
import { withAppointmentNames } from './appointment-names';
import { pageArgs, pageCount } from '../format/pagination';
import type { TClientAt } from '@/lib/business/client-scope';

const select = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  cancellationReason: true,
  location: true,
  serviceId: true,
  staffMemberId: true,
} as const;

/**
 * One page of a client's upcoming (soonest first) or past (latest first)
 * appointments: two queries whatever the history's size (names: appointment-names.ts).
 */
export async function listAppointments({
  businessId,
  clientId,
  scope,
  page,
  now = new Date(),
}: {
  businessId: string;
  clientId: string;
  scope: 'upcoming' | 'past';
  page: number;
  now?: Date;
}) {
  const where = { businessId, clientId, startsAt: scope === 'upcoming' ? { gte: now } : { lt: now } };
  const [items, total] = await Promise.all([
    db.appointment.findMany({
      where,
      select,
      orderBy: [{ startsAt: scope === 'upcoming' ? 'asc' : 'desc' }, { id: 'asc' }],
      ...pageArgs(page),
    }),
    db.appointment.count({ where }),
  ]);
  return { items: await withAppointmentNames(businessId, items), total, pages: pageCount(total) };
}

/** The next booked appointment of a client, or null. */
export async function findNextAppointment({ businessId, clientId, now = new Date() }: TClientAt) {
  const next = await db.appointment.findFirst({
    where: { businessId, clientId, status: 'booked', startsAt: { gte: now } },
    select,
    orderBy: { startsAt: 'asc' },
  });
  return next ? (await withAppointmentNames(businessId, [next]))[0] : null;
}

export type TAppointment = Awaited<ReturnType<typeof listAppointments>>['items'][number];
