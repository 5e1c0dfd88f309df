import { zonedDay } from './zoned-day';

/**
 * Calendar days ("2026-12-21") are dates, not instants: a due date, the last day of an
 * access period. They are stored as that text and compared as text (ISO days sort in
 * order); only "today" needs a timezone, the business's.
 *
 * Today in a timezone, as a calendar day.
 */
export const todayIn = (timezone: string, now = new Date()) => zonedDay(now, timezone);

/** Whether a day is over where the business is: the day after it has begun there. */
export const dayIsPast = (day: string, today: string) => day < today;

/**
 * A calendar day as a Date for `Intl` formatting: noon UTC of that day, to be formatted
 * with `timeZone: 'UTC'` so that no reader's or business's offset moves it to another day.
 */
export const dayForFormat = (day: string) => new Date(`${day}T12:00:00Z`);

/** The Intl options a calendar day is formatted with (after dayForFormat). */
export const DAY = { dateStyle: 'medium', timeZone: 'UTC' } as const;

/** Format a calendar day in a locale: the same day whatever the timezone. */
export function formatDay(day: string, locale: string, dateStyle: 'medium' | 'long' = 'medium') {
  return new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(dayForFormat(day));
}
