import { z } from 'zod';

/** The client's own card fields; messages are keys of profile.errors. Custom fields are checked against their definitions on the server. */
export const ZProfile = z.object({
  firstName: z.string().trim().min(1, { message: 'firstNameRequired' }).max(100, { message: 'tooLong' }),
  lastName: z.string().trim().max(100, { message: 'tooLong' }),
  locale: z.string().max(10),
  custom: z.record(z.string(), z.string().max(500, { message: 'tooLong' })),
});
export type TProfile = z.input<typeof ZProfile>;
