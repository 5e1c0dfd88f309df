import { z } from 'zod';

/** Messages are catalogue keys (staffSignIn.errors.*) so errors come out localized. */
export const ZStaffSignIn = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: 'emailInvalid' })),
  password: z.string().min(1, { message: 'passwordRequired' }).max(128, { message: 'passwordRequired' }),
});
export type TStaffSignIn = z.infer<typeof ZStaffSignIn>;

/** Client sign-in with a password; messages are keys of clientSignIn.errors. */
export const ZClientPasswordSignIn = z.object({
  identifier: z.string().trim().min(1, { message: 'identifierRequired' }).max(254, { message: 'identifierRequired' }),
  password: z.string().min(1, { message: 'passwordRequired' }).max(128, { message: 'passwordRequired' }),
  remember: z.boolean().default(false),
});
export type TClientPasswordSignIn = z.input<typeof ZClientPasswordSignIn>;
