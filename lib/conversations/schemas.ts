import { z } from 'zod';

/** A message's text, as written (trimmed at the ends); messages are keys of conversations.errors. */
export const ZMessage = z.object({
  body: z.string().trim().min(1, { message: 'empty' }).max(5000, { message: 'tooLong' }),
});
export type TMessage = z.input<typeof ZMessage>;

/** what a page shows at a time; older messages come a page at a time, by cursor */
export const THREAD_PAGE = 30;
