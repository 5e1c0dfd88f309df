'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { LocalizedTextFields } from '@/components/ui/localized-text-fields';
import { SelectField } from '@/components/ui/select-field';
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
      <LocalizedTextFields
        form={form}
        name="labels"
        languages={languages}
        label={(language) => t('label', { language })}
        words={(code) => t(`errors.${code as 'invalid'}`)}
      />
      <SelectField id={`${id}-type`} label={t('type')} error={errorAt('type')} {...form.register('type')}>
        {FIELD_TYPES.map((value) => (
          <option key={value} value={value}>
            {t(`types.${value}`)}
          </option>
        ))}
      </SelectField>
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
