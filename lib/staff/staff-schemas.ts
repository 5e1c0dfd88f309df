import { z } from 'zod';

// Staff forms: one schema each for the browser and the server action. Messages are
// keys of admin.staff.errors.
export const STAFF_ROLES = ['owner', 'admin', 'staff'] as const;

export const ZInvite = z.object({
  email: z.string().trim().toLowerCase().email({ message: 'emailInvalid' }).max(254),
  role: z.enum(STAFF_ROLES, { message: 'roleInvalid' }),
});
export type TInvite = z.input<typeof ZInvite>;

export const ZAcceptInvite = z.object({
  name: z.string().trim().min(1, { message: 'nameRequired' }).max(100, { message: 'tooLong' }),
  password: z.string().min(8, { message: 'tooShort' }).max(128, { message: 'tooLong' }),
});
export type TAcceptInvite = z.input<typeof ZAcceptInvite>;
