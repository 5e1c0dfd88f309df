'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { FormAlert } from '@/components/ui/form-alert';
import { LocalizedTextFields } from '@/components/ui/localized-text-fields';
import { useServerForm } from '@/components/ui/use-server-form';
import type { TResult } from '@/lib/result';

/** What a page gives a form of the catalogue (a service, a product). */
export type TCatalogueFormProps<T> = {
  initial: T;
  languages: { code: string; name: string }[];
  /** the server action, bound to the business (and the item when editing) */
  save: (values: T) => Promise<TResult>;
  /** the list the saved item is shown in */
  listPath: string;
};

type TFields<T extends FieldValues> = {
  form: UseFormReturn<T>;
  errorAt: (path: FieldPath<T>) => string | undefined;
};

/**
 * A service or a product: its name in each of the business's languages, the fields of its kind
 * (`children`), whether it is offered, and back to the list once saved. The namespace's catalogue
 * has the same keys for both (`nameIn`, `active`, `save`, `saving`, `errors.*`).
 */
export function CatalogueForm<T extends FieldValues>({
  namespace,
  schema,
  initial,
  languages,
  save,
  listPath,
  children,
}: TCatalogueFormProps<T> & {
  namespace: 'admin.services' | 'admin.products';
  schema: Parameters<typeof useServerForm<T, TResult>>[0]['schema'];
  children: (fields: TFields<T>) => React.ReactNode;
}) {
  const t = useTranslations(namespace as 'admin.services');
  const router = useRouter();
  const words = (code: string) => t(`errors.${code as 'invalid'}`);
  const { form, pending, message, errorAt, onSubmit } = useServerForm<T, TResult>({
    schema,
    defaultValues: initial as Parameters<typeof useServerForm<T, TResult>>[0]['defaultValues'],
    save,
    onSaved: () => router.push(`${listPath}?saved=1`),
    words,
  });
  return (
    <form noValidate className="flex max-w-xl flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={message} />
      <LocalizedTextFields
        form={form}
        name="names"
        languages={languages}
        label={(language) => t('nameIn', { language })}
        words={words}
      />
      {children({ form, errorAt })}
      <CheckboxField label={t('active')} {...form.register('active' as FieldPath<T>)} />
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('save')}
      </Button>
    </form>
  );
}
