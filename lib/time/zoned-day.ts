import { TZDate } from '@date-fns/tz';

/** The instant a calendar day ("2026-11-23") starts in a timezone. */
export function startOfZonedDay(day: string, timezone: string) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, timezone).getTime());
}

/** The instant the day after a calendar day starts: an exclusive "until the end of that day". */
export function endOfZonedDay(day: string, timezone: string) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d + 1, timezone).getTime());
}

// making an Intl formatter costs far more than using one: one per timezone
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a timezone ("2026-11-23"). */
export function zonedDay(instant: Date, timezone: string) {
  let format = dayFormats.get(timezone);
  if (!format) dayFormats.set(timezone, (format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone })));
  return format.format(instant);
}

/** The calendar day an exclusive end instant closes (the day before it, at midnight). */
export function lastZonedDay(exclusiveEnd: Date, timezone: string) {
  return zonedDay(new Date(exclusiveEnd.getTime() - 1), timezone);
}

/**
 * A period of whole days in a timezone (from a day's start to a later day's start), as its
 * first and last calendar day; null when either end is not midnight there (a period of hours).
 */
export function wholeDays(start: Date, end: Date, timezone: string) {
  const first = zonedDay(start, timezone);
  const last = lastZonedDay(end, timezone);
  const whole =
    start.getTime() === startOfZonedDay(first, timezone).getTime() &&
    end.getTime() === endOfZonedDay(last, timezone).getTime();
  return whole && end > start ? { first, last } : null;
}
