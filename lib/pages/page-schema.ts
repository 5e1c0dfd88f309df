import { z } from 'zod';

// The staff's restricted-page forms (seed 003): one schema each for the form and the action.
// Messages are keys of admin.pages.errors.
export const ZPageForm = z.object({
  title: z.string().trim().min(1, { message: 'titleRequired' }).max(120, { message: 'tooLong' }),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slugInvalid' })
    .min(2, { message: 'slugInvalid' })
    .max(60, { message: 'slugInvalid' }),
  /** Markdown; shown to clients without raw HTML */
  body: z.string().max(20_000, { message: 'tooLong' }),
  published: z.boolean(),
});
export type TPageForm = z.input<typeof ZPageForm>;

const period = {
  from: z.iso.date({ message: 'date' }),
  until: z.union([z.literal(''), z.iso.date({ message: 'date' })]),
};
const untilAfterFrom = (v: { from: string; until: string }) => !v.until || v.until >= v.from;

/** Give access: one email or a pasted list, with a period (no until = unlimited; until is the last day). */
export const ZGrantAccessForm = z
  .object({ emails: z.string().min(1, { message: 'emailsRequired' }).max(50_000, { message: 'tooLong' }), ...period })
  .refine(untilAfterFrom, { path: ['until'], message: 'untilBeforeFrom' });
export type TGrantAccessForm = z.input<typeof ZGrantAccessForm>;

/** Change one client's period. */
export const ZAccessPeriodForm = z
  .object(period)
  .refine(untilAfterFrom, { path: ['until'], message: 'untilBeforeFrom' });

/** The addresses in a pasted list: one per line or separated by commas, semicolons or spaces; "Name <a@b>" reads as a@b. */
export function splitEmails(text: string) {
  const addresses = text.split(/[\n,;]+/).flatMap((chunk) => {
    const bracketed = /<([^>]*)>/.exec(chunk);
    return bracketed ? [bracketed[1]] : chunk.split(/\s+/);
  });
  return [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter(Boolean))];
}
