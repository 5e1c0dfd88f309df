'use client';
import { useTranslations } from 'next-intl';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { TResult } from '@/lib/result';

/** Deletes a custom field after a confirmation that says every client's value goes with it. */
export function DeleteFieldButton({ label, remove }: { label: string; remove: () => Promise<TResult> }) {
  const t = useTranslations('admin.fields');
  return (
    <ConfirmButton
      label={t('delete')}
      name={t('deleteNamed', { label })}
      title={t('deleteTitle', { label })}
      body={t('deleteBody')}
      cancelLabel={t('keep')}
      confirmLabel={t('deleteConfirm')}
      action={remove}
      failure={t('errors.failed')}
    />
  );
}
