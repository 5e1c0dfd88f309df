'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';
import type { TFieldInput } from '@/lib/custom-fields/field-rules';

type Props = {
  fields: TFieldInput[];
  /** the form's own register, for its `custom.<key>` values */
  register: (path: `custom.${string}`) => UseFormRegisterReturn;
  /** the error message shown under a field, by its `custom.<key>` path */
  error: (path: string) => string | undefined;
};

/** The business's custom fields as form controls: text, number, date, or a choice among its options. */
export function CustomFieldInputs({ fields, register, error }: Props) {
  return fields.map((f) =>
    f.type === 'select' ? (
      <ChoiceField key={f.key} field={f} register={register} error={error(`custom.${f.key}`)} />
    ) : (
      <TextField
        key={f.key}
        label={f.label}
        type={f.type === 'date' ? 'date' : 'text'}
        inputMode={f.type === 'number' ? 'decimal' : undefined}
        required={f.required}
        error={error(`custom.${f.key}`)}
        {...register(`custom.${f.key}`)}
      />
    ),
  );
}

function ChoiceField({
  field,
  register,
  error,
}: {
  field: TFieldInput;
  register: Props['register'];
  error: string | undefined;
}) {
  const t = useTranslations('customFields');
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {field.label}
      </label>
      <select
        id={id}
        required={field.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="min-h-11 rounded-lg border border-slate-400 bg-white px-2 aria-invalid:border-red-700"
        {...register(`custom.${field.key}`)}
      >
        <option value="">{t('noChoice')}</option>
        {field.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
