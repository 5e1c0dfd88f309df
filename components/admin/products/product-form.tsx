'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { LocalizedTextFields } from '@/components/ui/localized-text-fields';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { ZProductForm, type TProductForm } from '@/lib/products/product-schema';
import type { TResult } from '@/lib/result';

type TSaved = TResult<{ productId: string }>;

/** A product: its name in each language, price, and the restricted page buying opens, for how long. */
export function ProductForm({
  initial,
  languages,
  pages,
  save,
  productsPath,
}: {
  initial: TProductForm;
  languages: { code: string; name: string }[];
  pages: { id: string; title: string }[];
  save: (values: TProductForm) => Promise<TSaved>;
  productsPath: string;
}) {
  const t = useTranslations('admin.products');
  const router = useRouter();
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TProductForm, TSaved>({
    schema: ZProductForm,
    defaultValues: initial,
    save,
    onSaved: () => router.push(`${productsPath}?saved=1`),
    words: (code) => t(`errors.${code as 'invalid'}`),
  });
  return (
    <form noValidate className="flex max-w-xl flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={message} />
      <LocalizedTextFields
        form={form}
        name="names"
        languages={languages}
        label={(language) => t('nameIn', { language })}
        words={(code) => t(`errors.${code as 'invalid'}`)}
      />
      <TextAreaField id="product-description" label={t('description')} {...form.register('description')} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t('price')} inputMode="decimal" error={errorAt('price')} {...form.register('price')} />
        <TextField label={t('currency')} error={errorAt('currency')} {...form.register('currency')} />
      </div>
      <SelectField label={t('page')} error={errorAt('pageId')} {...form.register('pageId')}>
        <option value="">{t('noPage')}</option>
        {pages.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('accessDays')}
        hint={t('accessDaysHint')}
        inputMode="numeric"
        error={errorAt('accessDays')}
        {...form.register('accessDays')}
      />
      <CheckboxField label={t('active')} {...form.register('active')} />
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('save')}
      </Button>
    </form>
  );
}
