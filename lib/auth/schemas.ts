import { z } from 'zod';

/** Messages are catalogue keys (staffSignIn.errors.*) so errors come out localized. */
export const ZStaffSignIn = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'emailInvalid' })),
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

/** Asking for a one-time code; messages are keys of clientSignIn.errors. */
export const ZCodeRequest = z.object({
  identifier: z.string().trim().min(1, { message: 'identifierRequired' }).max(254, { message: 'identifierRequired' }),
});
export type TCodeRequest = z.infer<typeof ZCodeRequest>;

/** Entering a one-time code (spaces from a pasted code are dropped); messages are keys of clientSignIn.codeErrors. */
export const ZCodeEntry = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { message: 'codeFormat' })),
  remember: z.boolean().default(false),
});
export type TCodeEntry = z.input<typeof ZCodeEntry>;
