'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/** Remove a file from a page, after saying that clients will no longer get it. */
export function RemoveFileButton({
  name,
  remove,
}: {
  name: string;
  remove: () => Promise<{ ok: boolean } | { error: string }>;
}) {
  const t = useTranslations('admin.pages');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <>
      <ConfirmDialog
        trigger={
          <button
            type="button"
            disabled={pending}
            className="min-h-11 rounded-lg border border-red-700 bg-white px-3 text-sm font-medium text-red-800"
          >
            {t('removeFile', { name })}
          </button>
        }
        title={t('removeFileTitle', { name })}
        body={t('removeFileBody')}
        confirmLabel={t('remove')}
        cancelLabel={t('keep')}
        onConfirm={() =>
          startTransition(async () => {
            const result = await remove();
            setFailed(!('ok' in result && result.ok));
            router.refresh();
          })
        }
      />
      {failed && (
        <span role="alert" className="text-sm text-red-800">
          {t('errors.notFound')}
        </span>
      )}
    </>
  );
}
