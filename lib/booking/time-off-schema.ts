import { z } from 'zod';

// Staff's time-off form: who (a staff member, or '' for the whole business: closed), from
// and until as days with optional times in the business's timezone. Messages are keys of
// admin.timeOff.errors.
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const ZTimeOffForm = z
  .object({
    staffMemberId: z.string().max(40),
    fromDate: z.string().regex(DAY, { message: 'dateInvalid' }),
    fromTime: z.union([z.literal(''), z.string().regex(TIME, { message: 'timeInvalid' })]),
    toDate: z.string().regex(DAY, { message: 'dateInvalid' }),
    toTime: z.union([z.literal(''), z.string().regex(TIME, { message: 'timeInvalid' })]),
    note: z.string().trim().max(200, { message: 'tooLong' }),
  })
  .refine((v) => `${v.fromDate} ${v.fromTime || '00:00'}` < `${v.toDate} ${v.toTime || '24:00'}`, {
    path: ['toDate'],
    message: 'order',
  });
export type TTimeOffForm = z.input<typeof ZTimeOffForm>;
