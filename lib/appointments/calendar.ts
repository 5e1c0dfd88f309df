import 'server-only';
import { createEvents, type EventAttributes } from 'ics';

type TCalendarAppointment = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  location: string | null;
  createdAt: Date;
  updatedAt: Date;
  service: { name: string } | null;
  staffMember: { displayName: string } | null;
};

/** What a calendar entry shows of an appointment (the Prisma select). */
export const calendarAppointmentSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  location: true,
  createdAt: true,
  updatedAt: true,
  service: { select: { name: true } },
  staffMember: { select: { displayName: true } },
} as const;

const utc = (d: Date): [number, number, number, number, number] => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

/**
 * Where an appointment takes place, for a calendar's LOCATION: its own place when staff gave
 * one, else the business, with the business's address on one line ("Studio Demo, Via Roma 1, 20100 Milano").
 */
function appointmentPlace(
  appointment: { location: string | null },
  business: { name: string; legalAddress?: string | null },
) {
  const place = appointment.location?.trim() || business.name;
  const address = (business.legalAddress ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(', ');
  return address && place === business.name ? `${place}, ${address}` : place;
}

/** An iCalendar file (RFC 5545, made with the `ics` library) of appointments, times in UTC. */
export function appointmentsToIcs(
  appointments: TCalendarAppointment[],
  business: { name: string; slug: string; legalAddress?: string | null },
  calendarName?: string,
) {
  const events: EventAttributes[] = appointments.map((a) => ({
    // the appointment's own id: stable for its life, whatever the portal's address becomes
    // (a UID with the address duplicated every event in subscribed calendars after a change)
    uid: `${a.id}@portico`,
    // grows with every change, so calendars replace the event instead of keeping the old one
    sequence: Math.max(0, Math.floor((a.updatedAt.getTime() - a.createdAt.getTime()) / 1000)),
    start: utc(a.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utc(a.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `${a.service?.name ?? business.name} · ${business.name}`,
    description: a.staffMember ? a.staffMember.displayName : undefined,
    location: appointmentPlace(a, business),
    status: a.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    productId: 'portico/calendar',
    ...(calendarName ? { calName: calendarName } : {}),
  }));
  const { error, value } = createEvents(events, calendarName ? { calName: calendarName } : undefined);
  if (error || !value) throw error ?? new Error('calendar could not be made');
  return value;
}

/** A download's name after the business, the service and the day: "Studio Demo - Massage - 2026-12-21.ics". */
export function appointmentFileName(
  appointment: { startsAt: Date; service: { name: string } | null },
  business: { name: string; timezone: string },
) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: business.timezone }).format(appointment.startsAt);
  return `${[business.name, appointment.service?.name, day].filter(Boolean).join(' - ')}.ics`;
}
