'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { applyFailure } from '@/components/ui/use-server-form';
import { CustomFieldInputs } from '@/components/custom-fields/custom-field-inputs';
import { ZClientForm, type TClientForm } from '@/lib/clients/client-form-schema';
import type { TFieldInput } from '@/lib/custom-fields/field-rules';
import type { TResult } from '@/lib/result';

type TSaved = TResult<{ clientId: string }>;

type Props = {
  initial: TClientForm;
  /** the server action, bound to the business (and the card when editing) */
  save: (values: TClientForm) => Promise<TSaved>;
  /** the client list's path: the saved card is shown at `${clientsPath}/<id>` */
  clientsPath: string;
  languages: { code: string; name: string }[];
  isNew: boolean;
  /** the business's custom fields, labelled in the reader's language */
  fields: TFieldInput[];
};

/** Add or edit a client: the shared zod schema in the browser, the server's field errors in the same places. */
export function ClientForm({ initial, save, clientsPath, languages, isNew, fields }: Props) {
  const t = useTranslations('admin.clientForm');
  const tf = useTranslations('customFields');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TClientForm>({ resolver: zodResolver(ZClientForm), defaultValues: initial });
  const error = (name: keyof TClientForm) => {
    const key = form.formState.errors[name]?.message;
    return key ? t(`errors.${key as 'emailInvalid'}`) : undefined;
  };
  const customError = (path: string) => {
    const key = form.formState.errors.custom?.[path.slice('custom.'.length)]?.message;
    return key ? tf(`errors.${key as 'required'}`) : undefined;
  };
  return (
    <form
      noValidate
      className="flex max-w-xl flex-col gap-4"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setMessage(null);
          const result = await save(values);
          if (result.ok) return router.push(`${clientsPath}/${result.clientId}`);
          setMessage(t(`errors.${applyFailure(form, result) as 'invalid'}`));
        }),
      )}
    >
      <FormAlert message={message} />
      <TextField label={t('firstName')} autoComplete="off" error={error('firstName')} {...form.register('firstName')} />
      <TextField label={t('lastName')} autoComplete="off" error={error('lastName')} {...form.register('lastName')} />
      <TextField
        label={t('email')}
        type="email"
        autoComplete="off"
        error={error('email')}
        {...form.register('email')}
      />
      <TextField
        label={t('phone')}
        type="tel"
        autoComplete="off"
        hint={t('phoneHint')}
        error={error('phone')}
        {...form.register('phone')}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="client-locale" className="text-sm font-medium text-slate-800">
          {t('language')}
        </label>
        <select
          id="client-locale"
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-2"
          {...form.register('locale')}
        >
          <option value="">{t('businessLanguage')}</option>
          {languages.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField id="client-notes" label={t('notes')} error={error('notes')} {...form.register('notes')} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-medium">{t('billing')}</legend>
        <TextAreaField
          id="client-billing-address"
          label={t('billingAddress')}
          error={error('billingAddress')}
          {...form.register('billingAddress')}
        />
        <TextField label={t('taxNumber')} error={error('taxNumber')} {...form.register('taxNumber')} />
      </fieldset>
      <CustomFieldInputs fields={fields} register={(path) => form.register(path)} error={customError} />
      {isNew && (
        <label className="flex items-center gap-2">
          <input type="checkbox" className="size-5" {...form.register('sendWelcome')} />
          {t('sendWelcome')}
        </label>
      )}
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {isNew ? t('create') : t('save')}
      </Button>
    </form>
  );
}
