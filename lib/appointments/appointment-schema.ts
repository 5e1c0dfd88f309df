import { z } from 'zod';

// The staff's appointment forms: one schema each for the form and the action; messages are keys of admin.schedule.errors.
export const ZAppointmentForm = z.object({
  clientId: z.string().min(1, { message: 'clientRequired' }).max(40),
  serviceId: z.string().min(1, { message: 'serviceRequired' }).max(40),
  staffMemberId: z.string().min(1, { message: 'staffRequired' }).max(40),
  date: z.iso.date({ message: 'date' }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' }),
  notes: z.string().max(1000, { message: 'tooLong' }),
});
export type TAppointmentForm = z.input<typeof ZAppointmentForm>;

export const ZCancelForm = z.object({
  reason: z.string().trim().min(1, { message: 'reasonRequired' }).max(500, { message: 'tooLong' }),
});
