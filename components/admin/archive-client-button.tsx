'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import type { TResult } from '@/lib/result';

type Props = {
  archived: boolean;
  name: string;
  /** the server action, bound to the business and the card */
  setArchived: (archived: boolean) => Promise<TResult>;
};

/** Archive (with a confirmation that says what it does) or restore a client. */
export function ArchiveClientButton({ archived, name, setArchived }: Props) {
  const t = useTranslations('admin.client');
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (next: boolean) =>
    startTransition(async () => {
      const result = await setArchived(next);
      setError('ok' in result && result.ok ? null : t('actionFailed'));
    });
  const button = 'min-h-11 rounded-lg border px-3 text-sm font-medium';
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      {archived ? (
        <button type="button" disabled={pending} onClick={() => run(false)} className={`${button} border-slate-400`}>
          {t('restore')}
        </button>
      ) : (
        <ConfirmDialog
          trigger={
            <button type="button" disabled={pending} className={`${button} border-red-700 text-red-800`}>
              {t('archive')}
            </button>
          }
          title={t('archiveTitle', { name })}
          body={t('archiveBody')}
          cancelLabel={t('keep')}
          confirmLabel={t('archiveConfirm')}
          onConfirm={() => run(true)}
        />
      )}
    </div>
  );
}
