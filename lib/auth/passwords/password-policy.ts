import { z } from 'zod';

// ASVS 6.2: at least 8 (the form recommends 15+), at most 128, no composition
// rules, common passwords refused (server side: lib/auth/passwords/common-passwords.ts).
const PASSWORD_MIN = 8;
const PASSWORD_MAX = 128;

/** Why a new password is refused: keys of the passwordErrors messages. */
const PASSWORD_ERRORS = ['tooShort', 'tooLong', 'tooCommon'] as const;
export type TPasswordError = (typeof PASSWORD_ERRORS)[number];
export const isPasswordError = (key: unknown): key is TPasswordError =>
  (PASSWORD_ERRORS as readonly unknown[]).includes(key);

/** Messages are keys of passwordErrors. */
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN, { message: 'tooShort' })
  .max(PASSWORD_MAX, { message: 'tooLong' });

export const ZResetWithCode = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { message: 'codeFormat' })),
  password: ZNewPassword,
});
export type TResetWithCode = z.input<typeof ZResetWithCode>;

export const ZResetWithLink = z.object({ password: ZNewPassword });
export type TResetWithLink = z.input<typeof ZResetWithLink>;

/** "Create an account", second step; messages are keys of signUp.errors, passwordErrors or clientSignIn.codeErrors. */
export const ZSignUp = z.object({
  firstName: z.string().trim().min(1, { message: 'firstNameRequired' }).max(100, { message: 'firstNameRequired' }),
  lastName: z.string().trim().min(1, { message: 'lastNameRequired' }).max(100, { message: 'lastNameRequired' }),
  code: z
    .string()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { message: 'codeFormat' })),
  password: ZNewPassword,
});
export type TSignUp = z.input<typeof ZSignUp>;
