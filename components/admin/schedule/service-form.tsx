'use client';
import { useTranslations } from 'next-intl';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { TextField } from '@/components/ui/text-field';
import { CatalogueForm, type TCatalogueFormProps } from '@/components/admin/catalogue-form';
import { ZServiceForm, type TServiceForm } from '@/lib/services/service-schema';

/** A service: its name in each language, duration, price and who provides it. */
export function ServiceForm({
  staff,
  ...props
}: TCatalogueFormProps<TServiceForm> & { staff: { id: string; name: string }[] }) {
  const t = useTranslations('admin.services');
  return (
    <CatalogueForm namespace="admin.services" schema={ZServiceForm} {...props}>
      {({ form, errorAt }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              label={t('duration')}
              inputMode="numeric"
              error={errorAt('durationMinutes')}
              {...form.register('durationMinutes')}
            />
            <TextField
              label={t('buffer')}
              hint={t('bufferHint')}
              inputMode="numeric"
              error={errorAt('bufferMinutes')}
              {...form.register('bufferMinutes')}
            />
            <TextField label={t('price')} inputMode="decimal" error={errorAt('price')} {...form.register('price')} />
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">{t('staff')}</legend>
            {staff.map((s) => (
              <CheckboxField key={s.id} label={s.name} value={s.id} {...form.register('staffIds')} />
            ))}
            {errorAt('staffIds') && <p className="text-sm text-red-800">{errorAt('staffIds')}</p>}
          </fieldset>
        </>
      )}
    </CatalogueForm>
  );
}
