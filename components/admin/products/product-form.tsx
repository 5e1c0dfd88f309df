'use client';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { CatalogueForm, type TCatalogueFormProps } from '@/components/admin/catalogue-form';
import { ZProductForm, type TProductForm } from '@/lib/products/product-schema';

/** A product: its name in each language, price, and the restricted page buying opens, for how long. */
export function ProductForm({
  pages,
  ...props
}: TCatalogueFormProps<TProductForm> & { pages: { id: string; title: string }[] }) {
  const t = useTranslations('admin.products');
  return (
    <CatalogueForm namespace="admin.products" schema={ZProductForm} {...props}>
      {({ form, errorAt }) => (
        <>
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
        </>
      )}
    </CatalogueForm>
  );
}
