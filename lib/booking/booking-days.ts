import { zonedDay } from '@/lib/time/zoned-day';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day moved by some days ("2026-11-30" + 2 → "2026-12-02"). */
function addDays(day: string, days: number) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The week of days the booking page shows: from a requested first day kept between today
 * and the last bookable day (in the business's timezone), with the neighbouring weeks
 * when they hold bookable days.
 */
export function bookingWeek(
  requested: unknown,
  { timezone, horizonDays, now }: { timezone: string; horizonDays: number; now: Date },
) {
  const today = zonedDay(now, timezone);
  const lastDay = zonedDay(new Date(now.getTime() + horizonDays * 24 * 3600_000), timezone);
  let first = typeof requested === 'string' && DAY.test(requested) ? requested : today;
  if (first < today) first = today;
  if (first > lastDay) first = lastDay;
  const days = Array.from({ length: 7 }, (_, i) => addDays(first, i)).filter((d) => d <= lastDay);
  const previous = first > today ? [addDays(first, -7), today].sort().reverse()[0] : null;
  const next = addDays(first, 7) <= lastDay ? addDays(first, 7) : null;
  return { days, previous, next };
}
