'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { applyFailure } from '@/components/ui/use-server-form';
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
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TFieldDefinitionForm>({ resolver: zodResolver(ZFieldDefinition), defaultValues: initial });
  const type = useWatch({ control: form.control, name: 'type' });
  const errorAt = (path: string) => {
    let node: unknown = form.formState.errors;
    for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    const key = (node as { message?: string } | undefined)?.message;
    return key ? t(`errors.${key as 'labelRequired'}`) : undefined;
  };
  return (
    <form
      noValidate
      className="flex max-w-xl flex-col gap-4"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setMessage(null);
          const result = await save(values);
          if (result.ok) {
            if (isNew) form.reset(initial);
            return router.push(done);
          }
          setMessage(t(`errors.${applyFailure(form, result) as 'invalid'}`));
        }),
      )}
    >
      <FormAlert message={message} />
      {languages.map((l) => (
        <TextField
          key={l.code}
          label={t('label', { language: l.name })}
          lang={l.code}
          error={errorAt(`labels.${l.code}`)}
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
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-options`} className="text-sm font-medium text-slate-800">
            {t('options')}
          </label>
          <textarea
            id={`${id}-options`}
            aria-invalid={errorAt('options') ? true : undefined}
            aria-describedby={`${id}-options-hint${errorAt('options') ? ` ${id}-options-error` : ''}`}
            className="min-h-28 rounded-lg border border-slate-400 bg-white p-2"
            {...form.register('options')}
          />
          <p id={`${id}-options-hint`} className="text-sm text-slate-600">
            {t('optionsHint')}
          </p>
          {errorAt('options') && (
            <p id={`${id}-options-error`} className="text-sm text-red-700">
              {errorAt('options')}
            </p>
          )}
        </div>
      )}
      <label className="flex items-center gap-2">
        <input type="checkbox" className="size-5" {...form.register('required')} />
        {t('required')}
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" className="size-5" {...form.register('editableByClient')} />
        {t('editableByClient')}
      </label>
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {isNew ? t('add') : t('save')}
      </Button>
    </form>
  );
}
