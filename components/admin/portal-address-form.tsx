'use client';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useSubmit } from '@/components/ui/use-server-form';
import type { TResult } from '@/lib/result';

type TSaved = TResult<{ slug: string }>;

/** Edit the portal address (seed 001); the old address keeps redirecting. */
export function PortalAddressForm({
  slug,
  prefix,
  save,
}: {
  slug: string;
  /** the public address portals live under, e.g. https://portal.example.com/p/ */
  prefix: string;
  save: (values: { slug: string }) => Promise<TSaved | undefined>;
}) {
  const t = useTranslations('admin.portal');
  const te = useTranslations('admin.setup.errors');
  const form = useForm<{ slug: string }>({ defaultValues: { slug } });
  const key = form.formState.errors.slug?.message;
  const { pending, onSubmit } = useSubmit(form, async (values) => {
    const result = await save(values);
    if (!result || result.ok) return;
    const message = result.fields?.slug ?? result.error;
    form.setError('slug', { message }, { shouldFocus: true });
  });

  return (
    <form noValidate className="flex flex-col gap-3" onSubmit={onSubmit}>
      <TextField
        label={t('editAddress')}
        hint={t('editHint', { prefix })}
        autoCapitalize="none"
        spellCheck={false}
        error={key ? te(key as 'slugTaken') : undefined}
        {...form.register('slug')}
      />
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('saveAddress')}
      </Button>
    </form>
  );
}
