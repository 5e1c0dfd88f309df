'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { LocalizedTextFields } from '@/components/ui/localized-text-fields';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { ZServiceForm, type TServiceForm } from '@/lib/services/service-schema';
import type { TResult } from '@/lib/result';

type TSaved = TResult<{ serviceId: string }>;

/** A service: its name in each language, duration, price and who provides it. */
export function ServiceForm({
  initial,
  languages,
  staff,
  save,
  servicesPath,
}: {
  initial: TServiceForm;
  languages: { code: string; name: string }[];
  staff: { id: string; name: string }[];
  save: (values: TServiceForm) => Promise<TSaved>;
  servicesPath: string;
}) {
  const t = useTranslations('admin.services');
  const router = useRouter();
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TServiceForm, TSaved>({
    schema: ZServiceForm,
    defaultValues: initial,
    save,
    onSaved: () => router.push(`${servicesPath}?saved=1`),
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
          <label key={s.id} className="flex items-center gap-2">
            <input type="checkbox" value={s.id} className="size-5" {...form.register('staffIds')} />
            {s.name}
          </label>
        ))}
        {errorAt('staffIds') && <p className="text-sm text-red-800">{errorAt('staffIds')}</p>}
      </fieldset>
      <CheckboxField label={t('active')} {...form.register('active')} />
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('save')}
      </Button>
    </form>
  );
}
