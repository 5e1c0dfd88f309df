'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { FIELD_TYPES, ZFieldDefinition, type TFieldDefinitionForm } from '@/lib/custom-fields/field-rules';
import type { TResult } from '@/lib/result';

type TSaved = TResult<{ fieldId: string }>;

type Props = {
  initial: TFieldDefinitionForm;
  /** the server action, bound to the business (and the field when editing) */
  save: (values: TFieldDefinitionForm) => Promise<TSaved>;
  languages: { code: string; name: string }[];
  /** where to go once saved */
  done: string;
  isNew: boolean;
};

/** A custom field's definition: its label in each language, type, choices, required, editable by the client. */
export function FieldDefinitionForm({ initial, save, languages, done, isNew }: Props) {
  const t = useTranslations('admin.fields');
  const router = useRouter();
  const id = useId();
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TFieldDefinitionForm, TSaved>({
    schema: ZFieldDefinition,
    defaultValues: initial,
    save: save,
    onSaved: () => {
      if (isNew) form.reset(initial);
      router.push(done);
    },
    words: (code) => t(`errors.${code as 'invalid'}`),
  });
  const type = useWatch({ control: form.control, name: 'type' });
  return (
    <form noValidate className="flex max-w-xl flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={message} />
      {languages.map((l) => (
        <TextField
          key={l.code}
          label={t('label', { language: l.name })}
          lang={l.code}
          error={errorAt(`labels.${l.code as 'en'}`)}
          {...form.register(`labels.${l.code as 'en'}`)}
        />
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-type`} className="text-sm font-medium text-slate-800">
          {t('type')}
        </label>
        <select
          id={`${id}-type`}
          aria-invalid={errorAt('type') ? true : undefined}
          aria-describedby={errorAt('type') ? `${id}-type-error` : undefined}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-2"
          {...form.register('type')}
        >
          {FIELD_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`types.${value}`)}
            </option>
          ))}
        </select>
        {errorAt('type') && (
          <p id={`${id}-type-error`} className="text-sm text-red-700">
            {errorAt('type')}
          </p>
        )}
      </div>
      {type === 'select' && (
        <TextAreaField
          id={`${id}-options`}
          label={t('options')}
          hint={t('optionsHint')}
          error={errorAt('options')}
          {...form.register('options')}
        />
      )}
      <CheckboxField label={t('required')} {...form.register('required')} />
      <CheckboxField label={t('editableByClient')} {...form.register('editableByClient')} />
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {isNew ? t('add') : t('save')}
      </Button>
    </form>
  );
}
