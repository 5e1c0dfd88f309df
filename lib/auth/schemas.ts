import { z } from 'zod';

/** Messages are catalogue keys (staffSignIn.errors.*) so errors come out localized. */
export const ZStaffSignIn = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: 'emailInvalid' })),
  password: z.string().min(1, { message: 'passwordRequired' }).max(128, { message: 'passwordRequired' }),
});
export type TStaffSignIn = z.infer<typeof ZStaffSignIn>;
