import { TZDate } from '@date-fns/tz';
import { dayMinutes, intersectMinutes, type TWeeklyHours } from '../business/weekly-hours';

export type TSlotInput = {
  timezone: string;
  openingHours: TWeeklyHours;
  /** who may take the service, each with their own working hours or null (the opening hours) */
  staff: { id: string; hours: TWeeklyHours | null }[];
  /** time off: a staff member's, or the whole business's when staffMemberId is null */
  timeOff: { staffMemberId: string | null; startsAt: Date; endsAt: Date }[];
  /** booked appointments, their end already extended by their service's buffer */
  busy: { staffMemberId: string | null; startsAt: Date; endsAt: Date }[];
  durationMinutes: number;
  bufferMinutes: number;
  stepMinutes: number;
  /** nothing starts before this (now + the minimum notice) */
  earliest: Date;
  /** nothing starts at or after this (now + how far ahead) */
  latest: Date;
};

export type TSlot = { startsAt: Date; staffIds: string[] };

/** The instant of a wall-clock minute of a calendar day in a timezone ("24:00" is the next midnight). */
function wallClock(day: string, minute: number, timezone: string) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minute / 60), minute % 60, timezone).getTime());
}

/** 1 Monday … 7 Sunday, for a calendar day. */
function isoWeekday(day: string) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/**
 * The free start times of a service on one calendar day of the business: inside the
 * opening hours and a staff member's working hours, clear of their time off, the
 * business's closures and their booked appointments (with both services' buffers),
 * after the minimum notice and before the booking horizon. Times step from each
 * interval's start in real minutes, so a day across a daylight-saving change keeps
 * its wall-clock hours and gets one hour more or less of slots.
 */
export function freeSlotsOfDay(day: string, input: TSlotInput): TSlot[] {
  const weekday = isoWeekday(day);
  const opening = dayMinutes(input.openingHours, weekday);
  const lengthMs = input.durationMinutes * 60_000;
  const heldMs = (input.durationMinutes + input.bufferMinutes) * 60_000;
  const stepMs = Math.max(5, input.stepMinutes) * 60_000;
  const closures = input.timeOff.filter((t) => t.staffMemberId === null);
  const byStart = new Map<number, string[]>();
  for (const member of input.staff) {
    const hours = member.hours ? intersectMinutes(dayMinutes(member.hours, weekday), opening) : opening;
    const blocked = [
      ...closures,
      ...input.timeOff.filter((t) => t.staffMemberId === member.id),
      ...input.busy.filter((b) => b.staffMemberId === member.id),
    ].map((b) => [b.startsAt.getTime(), b.endsAt.getTime()] as const);
    for (const [from, to] of hours) {
      const open = wallClock(day, from, input.timezone).getTime();
      const close = wallClock(day, to, input.timezone).getTime();
      for (let start = open; start + lengthMs <= close; start += stepMs) {
        if (start < input.earliest.getTime() || start >= input.latest.getTime()) continue;
        if (blocked.some(([b0, b1]) => overlaps(start, start + heldMs, b0, b1))) continue;
        const ids = byStart.get(start);
        if (ids) ids.push(member.id);
        else byStart.set(start, [member.id]);
      }
    }
  }
  return [...byStart.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, staffIds]) => ({ startsAt: new Date(start), staffIds }));
}

/** Whether the business is closed all day on a calendar day (no opening hours that weekday). */
export const isClosedDay = (day: string, openingHours: TSlotInput['openingHours']) =>
  dayMinutes(openingHours, isoWeekday(day)).length === 0;
