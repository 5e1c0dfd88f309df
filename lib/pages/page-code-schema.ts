import { z } from 'zod';

/** A visitor's request for a restricted page's one-time password; messages are keys of pages.visitor.errors. */
export const ZPageCodeRequest = z.object({
  email: z.string().trim().min(1, { message: 'emailRequired' }).max(254, { message: 'invalid_email' }),
});
export type TPageCodeRequest = z.input<typeof ZPageCodeRequest>;

export const ZPageCode = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, { message: 'codeRequired' }),
});
export type TPageCode = z.input<typeof ZPageCode>;
