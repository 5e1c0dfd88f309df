import { z } from 'zod';

export const CONTACT_KINDS = ['email', 'phone'] as const;
export type TContactKind = (typeof CONTACT_KINDS)[number];

/** Step 1 of a contact change; messages are keys of profile.change.errors. The address itself is normalized on the server. */
export const ZContactStart = z.object({
  value: z.string().trim().min(1, { message: 'required' }).max(254, { message: 'required' }),
  password: z.string().max(128),
});
export type TContactStart = z.input<typeof ZContactStart>;

const ZCode = z
  .string()
  .trim()
  .regex(/^\d{3}\s?\d{3}$/, { message: 'codeRequired' });

/** Step 2: the code sent to the new address, and for a client without a password the one sent to the current address. */
export const ZContactConfirm = z.object({ code: ZCode, proofCode: z.union([ZCode, z.literal('')]) });
export type TContactConfirm = z.input<typeof ZContactConfirm>;
