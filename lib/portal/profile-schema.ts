import { z } from 'zod';

/** The client's own card fields; messages are keys of profile.errors. Custom fields are checked against their definitions on the server. */
export const ZProfile = z.object({
  firstName: z.string().trim().min(1, { message: 'firstNameRequired' }).max(100, { message: 'tooLong' }),
  lastName: z.string().trim().max(100, { message: 'tooLong' }),
  locale: z.string().max(10),
  custom: z.record(z.string(), z.string().max(500, { message: 'tooLong' })),
});
export type TProfile = z.input<typeof ZProfile>;

/** A custom field value: '' clears it; dates are YYYY-MM-DD, numbers are numbers. */
export function customFieldProblem(type: string, value: string): 'invalidDate' | 'invalidNumber' | null {
  if (value === '') return null;
  if (type === 'date' && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))))
    return 'invalidDate';
  if (type === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) return 'invalidNumber';
  return null;
}
