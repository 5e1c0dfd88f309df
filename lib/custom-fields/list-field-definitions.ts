import 'server-only';
import { db } from '@/lib/db';
import { fieldLabel, type TFieldInput } from './field-rules';

const parse = <T>(json: string | null, fallback: T): T => {
  try {
    return json ? (JSON.parse(json) as T) : fallback;
  } catch {
    return fallback;
  }
};

/** A business's custom fields in their order, labels and choices read from their JSON. */
export async function listFieldDefinitions(businessId: string) {
  const rows = await db.customFieldDefinition.findMany({
    where: { businessId },
    select: {
      id: true,
      key: true,
      label: true,
      labels: true,
      type: true,
      options: true,
      required: true,
      editableByClient: true,
    },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
  return rows.map((row) => ({
    ...row,
    labels: parse<Record<string, string>>(row.labels, {}),
    options: parse<string[]>(row.options, []),
  }));
}
export type TFieldDefinition = Awaited<ReturnType<typeof listFieldDefinitions>>[number];

/** What a form needs of each field, labelled in the reader's language. */
export const fieldInputs = (fields: TFieldDefinition[], locale: string): TFieldInput[] =>
  fields.map((f) => ({
    key: f.key,
    type: f.type,
    options: f.options,
    required: f.required,
    editableByClient: f.editableByClient,
    label: fieldLabel(f, locale),
  }));
