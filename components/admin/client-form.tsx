'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { LanguageSelect } from '@/components/ui/choice-selects';
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
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TClientForm, TSaved>({
    schema: ZClientForm,
    defaultValues: initial,
    save,
    onSaved: (result) => router.push(`${clientsPath}/${result.clientId}`),
    words: (code) => t(`errors.${code as 'invalid'}`),
  });
  const customError = (path: string) => {
    const key = form.formState.errors.custom?.[path.slice('custom.'.length)]?.message;
    return key ? tf(`errors.${key as 'required'}`) : undefined;
  };
  return (
    <form noValidate className="flex max-w-xl flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={message} />
      <TextField
        label={t('firstName')}
        autoComplete="off"
        error={errorAt('firstName')}
        {...form.register('firstName')}
      />
      <TextField label={t('lastName')} autoComplete="off" error={errorAt('lastName')} {...form.register('lastName')} />
      <TextField
        label={t('email')}
        type="email"
        autoComplete="off"
        error={errorAt('email')}
        {...form.register('email')}
      />
      <TextField
        label={t('phone')}
        type="tel"
        autoComplete="off"
        hint={t('phoneHint')}
        error={errorAt('phone')}
        {...form.register('phone')}
      />
      <LanguageSelect
        id="client-locale"
        label={t('language')}
        {...form.register('locale')}
        languages={languages}
        empty={t('businessLanguage')}
      />
      <TextAreaField id="client-notes" label={t('notes')} error={errorAt('notes')} {...form.register('notes')} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-medium">{t('billing')}</legend>
        <TextAreaField
          id="client-billing-address"
          label={t('billingAddress')}
          error={errorAt('billingAddress')}
          {...form.register('billingAddress')}
        />
        <TextField label={t('taxNumber')} error={errorAt('taxNumber')} {...form.register('taxNumber')} />
      </fieldset>
      <CustomFieldInputs fields={fields} register={(path) => form.register(path)} error={customError} />
      {isNew && <CheckboxField label={t('sendWelcome')} {...form.register('sendWelcome')} />}
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {isNew ? t('create') : t('save')}
      </Button>
    </form>
  );
}
