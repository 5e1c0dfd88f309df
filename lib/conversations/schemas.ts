import { z } from 'zod';

/**
 * A message's text, as written (trimmed at the ends), and the document sent with it (uploaded first,
 * with the documents' rules); a message with a file may have no text. Messages are keys of
 * conversations.errors.
 */
export const ZMessage = z
  .object({
    body: z.string().trim().max(5000, { message: 'tooLong' }),
    documentId: z.string().max(64).optional(),
    /** "invoice:<id>": one of the client's own appointments, invoices or documents */
    about: z
      .string()
      .regex(/^(appointment|invoice|document):[\w-]{1,64}$/, { message: 'about' })
      .optional(),
  })
  .refine((v) => v.body.length > 0 || !!v.documentId, { path: ['body'], message: 'empty' });
export type TMessage = z.input<typeof ZMessage>;

/** what a page shows at a time; older messages come a page at a time, by cursor */
export const THREAD_PAGE = 30;
