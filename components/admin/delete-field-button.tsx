'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import type { TResult } from '@/lib/result';

/** Deletes a custom field after a confirmation that says every client's value goes with it. */
export function DeleteFieldButton({ label, remove }: { label: string; remove: () => Promise<TResult> }) {
  const t = useTranslations('admin.fields');
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1">
      <FormAlert message={error} />
      <ConfirmDialog
        trigger={
          <button
            type="button"
            disabled={pending}
            aria-label={t('deleteNamed', { label })}
            className="min-h-11 rounded-lg border border-red-700 px-3 text-sm font-medium text-red-800"
          >
            {t('delete')}
          </button>
        }
        title={t('deleteTitle', { label })}
        body={t('deleteBody')}
        cancelLabel={t('keep')}
        confirmLabel={t('deleteConfirm')}
        onConfirm={() =>
          startTransition(async () => {
            const result = await remove();
            setError('ok' in result && result.ok ? null : t('errors.failed'));
          })
        }
      />
    </div>
  );
}
