import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';

// Custom fields defined by a business (issue 9): the rules shared by the staff's
// definition form, the staff's client form, the client's own profile and the CSV
// import, in the browser and on the server. Messages are keys of customFields.errors.

export const FIELD_TYPES = ['text', 'number', 'date', 'select'] as const;
const MAX_OPTIONS = 50;

/** What a value check needs to know of a field. */
export type TFieldRule = { key: string; type: string; options: string[]; required: boolean };
/** A field as forms show it: its rule and its label in the reader's language. */
export type TFieldInput = TFieldRule & { label: string; editableByClient: boolean };

type TValueProblem = 'required' | 'invalidNumber' | 'invalidDate' | 'invalidChoice' | 'tooLong';

/** Why a value does not fit its field, or null. '' is "no value" (refused only when required). */
export function fieldValueProblem(field: TFieldRule, raw: string): TValueProblem | null {
  const value = raw.trim();
  if (value === '') return field.required ? 'required' : null;
  if (value.length > 500) return 'tooLong';
  if (field.type === 'number' && !/^-?\d+([.,]\d+)?$/.test(value)) return 'invalidNumber';
  if (field.type === 'date') {
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const parsed = date ? new Date(Date.UTC(+date[1], +date[2] - 1, +date[3])) : null;
    if (!parsed || parsed.getUTCMonth() !== +date![2] - 1 || parsed.getUTCDate() !== +date![3]) return 'invalidDate';
  }
  if (field.type === 'select' && !field.options.includes(value)) return 'invalidChoice';
  return null;
}

/** The value as stored: trimmed, numbers with a dot whatever the typist's decimal comma. */
export function storedFieldValue(field: TFieldRule, raw: string) {
  const value = raw.trim();
  return field.type === 'number' ? value.replace(',', '.') : value;
}

/** The field's label in this language, else in the business's language. */
export function fieldLabel(field: { label: string; labels: Record<string, string> }, locale: string) {
  return field.labels[locale]?.trim() || field.label;
}

/** Every custom value of a form, checked against the fields: errors keyed `custom.<key>`. */
export function customValuesProblems(fields: TFieldRule[], custom: Record<string, string | undefined>) {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const problem = fieldValueProblem(field, custom[field.key] ?? '');
    if (problem) errors[`custom.${field.key}`] = problem;
  }
  return errors;
}

/** The staff's form for one field definition. */
export const ZFieldDefinition = z
  .object({
    labels: z.object(
      // a language left out is an empty label
      Object.fromEntries(
        locales.map((l) => [l, z.string().trim().max(80, { message: 'tooLong' }).default('')]),
      ) as Record<(typeof locales)[number], z.ZodDefault<z.ZodString>>,
    ),
    type: z.enum(FIELD_TYPES, { message: 'typeInvalid' }),
    /** one choice per line */
    options: z.string().max(5000, { message: 'tooLong' }),
    required: z.boolean(),
    editableByClient: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (!Object.values(value.labels).some((l) => l.trim()))
      ctx.addIssue({ code: 'custom', path: ['labels', locales[0]], message: 'labelRequired' });
    const options = choiceLines(value.options);
    if (value.type === 'select' && options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'optionsRequired' });
    if (options.length > MAX_OPTIONS) ctx.addIssue({ code: 'custom', path: ['options'], message: 'tooManyOptions' });
    if (options.some((o) => o.length > 80)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'tooLong' });
  });
export type TFieldDefinitionForm = z.input<typeof ZFieldDefinition>;

/** The choices typed one per line: trimmed, no blanks, no repeats. */
export const choiceLines = (text: string) => [
  ...new Set(
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  ),
];
