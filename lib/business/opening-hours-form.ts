import { z } from 'zod';
import type { TWeeklyHours } from './weekly-hours';

// The weekly hours as staff edit them: each day open or closed, from–to, and an optional
// break (a salon's lunch). Stored as intervals (lib/business/weekly-hours.ts).

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const ZTime = z.string().regex(TIME, { message: 'timeInvalid' });
const ZOptionalTime = z.union([z.literal(''), ZTime]);

const ZDay = z
  .object({ open: z.boolean(), from: ZTime, to: ZTime, breakFrom: ZOptionalTime, breakTo: ZOptionalTime })
  .superRefine((day, ctx) => {
    if (!day.open) return;
    if (day.from >= day.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'intervalOrder' });
    if (!day.breakFrom && !day.breakTo) return;
    if (!day.breakFrom || !day.breakTo) ctx.addIssue({ code: 'custom', path: ['breakTo'], message: 'breakBoth' });
    else if (!(day.from < day.breakFrom && day.breakFrom < day.breakTo && day.breakTo < day.to))
      ctx.addIssue({ code: 'custom', path: ['breakTo'], message: 'breakInside' });
  });

/** Monday first, seven days. */
export const ZOpeningHoursForm = z.array(ZDay).length(7);
export type TOpeningHoursForm = z.infer<typeof ZOpeningHoursForm>;

export function toWeeklyHours(days: TOpeningHoursForm): TWeeklyHours {
  const week: TWeeklyHours = {};
  days.forEach((day, i) => {
    if (!day.open) return;
    week[String(i + 1) as '1'] =
      day.breakFrom && day.breakTo
        ? [
            [day.from, day.breakFrom],
            [day.breakTo, day.to],
          ]
        : [[day.from, day.to]];
  });
  return week;
}

export function toOpeningHoursForm(week: TWeeklyHours | null): TOpeningHoursForm {
  return Array.from({ length: 7 }, (_, i) => {
    const intervals = week?.[String(i + 1) as '1'] ?? [];
    if (intervals.length === 0) return { open: false, from: '09:00', to: '18:00', breakFrom: '', breakTo: '' };
    return {
      open: true,
      from: intervals[0][0],
      to: intervals[intervals.length - 1][1],
      breakFrom: intervals.length > 1 ? intervals[0][1] : '',
      breakTo: intervals.length > 1 ? intervals[1][0] : '',
    };
  });
}

/** A staff member's hours: the opening hours, or their own week. */
export const ZStaffHoursForm = z.object({ sameAsOpening: z.boolean(), hours: ZOpeningHoursForm });
export type TStaffHoursForm = z.infer<typeof ZStaffHoursForm>;
