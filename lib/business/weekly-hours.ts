import { z } from 'zod';

// Opening hours and staff working hours: per ISO weekday (1 Monday … 7 Sunday) a list of
// wall-clock intervals in the business's timezone, "24:00" allowed as an end. Shared by the
// settings forms and the slot computation.

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const ZInterval = z
  .tuple([z.string().regex(TIME, { message: 'timeInvalid' }), z.string().regex(TIME, { message: 'timeInvalid' })])
  .refine(([from, to]) => minutesOf(from) < minutesOf(to), { message: 'intervalOrder' });

export const ZWeeklyHours = z
  .partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(ZInterval).max(4))
  .refine(
    (week) =>
      Object.values(week).every((day) =>
        [...day]
          .sort((a, b) => minutesOf(a[0]) - minutesOf(b[0]))
          .every((iv, i, all) => i === 0 || minutesOf(all[i - 1][1]) <= minutesOf(iv[0])),
      ),
    { message: 'intervalsOverlap' },
  );
export type TWeeklyHours = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', [string, string][]>>;

/** Stored JSON as weekly hours; anything unreadable is "closed" rather than a crash. */
export function parseWeeklyHours(json: string | null | undefined): TWeeklyHours | null {
  if (!json) return null;
  try {
    const parsed = ZWeeklyHours.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as TWeeklyHours) : {};
  } catch {
    return {};
  }
}

/** The intervals of one weekday as minutes from midnight. */
export function dayMinutes(week: TWeeklyHours, isoWeekday: number): [number, number][] {
  return (week[String(isoWeekday) as '1'] ?? []).map(([from, to]) => [minutesOf(from), minutesOf(to)]);
}

/** Where two lists of minute intervals overlap (staff hours inside opening hours). */
export function intersectMinutes(a: [number, number][], b: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a0, a1] of a)
    for (const [b0, b1] of b) {
      const from = Math.max(a0, b0);
      const to = Math.min(a1, b1);
      if (from < to) out.push([from, to]);
    }
  return out.sort((x, y) => x[0] - y[0]);
}
