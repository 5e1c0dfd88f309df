import 'server-only';
import { db } from '@/lib/db';
import { overdueWhere } from '@/lib/invoices/invoice-status';
import { endOfZonedDay, startOfZonedDay, zonedDay } from '@/lib/time/zoned-day';

const SHOWN = 10;
const FAILED_WINDOW_MS = 7 * 24 * 3600_000;

/**
 * "What needs me today" for one business: today's appointments (in its timezone), client
 * uploads nobody opened yet, overdue invoices, messages that failed this week, contact-form
 * messages of the week and bank transfers waiting for confirmation. A
 * fixed number of queries, each bounded, whatever the business's size.
 */
export async function businessToday(business: { id: string; timezone: string }, now = new Date()) {
  const day = zonedDay(now, business.timezone);
  const dayStart = startOfZonedDay(day, business.timezone);
  const dayEnd = endOfZonedDay(day, business.timezone);
  const newUploads = { businessId: business.id, uploadedBy: 'client', seenByStaffAt: null, clientId: { not: null } };
  const overdue = { businessId: business.id, kind: 'invoice', ...overdueWhere(day) };
  const failed = {
    businessId: business.id,
    status: 'failed',
    createdAt: { gt: new Date(now.getTime() - FAILED_WINDOW_MS) },
  };
  const recentContacts = { businessId: business.id, createdAt: { gt: new Date(now.getTime() - FAILED_WINDOW_MS) } };
  const [
    appointments,
    uploads,
    uploadCount,
    invoices,
    invoiceCount,
    messages,
    messageCount,
    contacts,
    contactCount,
    pendingTransfers,
  ] = await Promise.all([
    db.appointment.findMany({
      where: { businessId: business.id, status: 'booked', startsAt: { gte: dayStart, lt: dayEnd } },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        client: { select: { id: true, firstName: true, lastName: true } },
        service: { select: { name: true } },
        staffMember: { select: { displayName: true } },
      },
      orderBy: { startsAt: 'asc' },
      take: 50,
    }),
    db.document.findMany({
      where: newUploads,
      select: {
        id: true,
        title: true,
        createdAt: true,
        client: { select: { id: true, firstName: true, lastName: true } },
      },
      orderBy: { createdAt: 'desc' },
      take: SHOWN,
    }),
    db.document.count({ where: newUploads }),
    db.invoice.findMany({
      where: overdue,
      select: {
        id: true,
        number: true,
        currency: true,
        dueOn: true,
        totalMinor: true,
        paidMinor: true,
        creditedMinor: true,
        client: { select: { firstName: true, lastName: true } },
      },
      orderBy: { dueOn: 'asc' },
      take: SHOWN,
    }),
    db.invoice.count({ where: overdue }),
    db.outboundMessage.findMany({
      where: failed,
      select: { id: true, channel: true, kind: true, to: true, error: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
      take: SHOWN,
    }),
    db.outboundMessage.count({ where: failed }),
    db.contactMessage.findMany({
      where: recentContacts,
      select: {
        id: true,
        message: true,
        createdAt: true,
        client: { select: { id: true, firstName: true, lastName: true } },
      },
      orderBy: { createdAt: 'desc' },
      take: SHOWN,
    }),
    db.contactMessage.count({ where: recentContacts }),
    db.order.count({ where: { businessId: business.id, status: 'pending', provider: 'manual' } }),
  ]);
  return {
    appointments,
    uploads,
    uploadCount,
    invoices,
    invoiceCount,
    messages,
    messageCount,
    contacts,
    contactCount,
    pendingTransfers,
  };
}
