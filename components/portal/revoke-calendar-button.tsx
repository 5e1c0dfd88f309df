'use client';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/** "Stop the link" asks first: it disconnects every calendar subscribed to it. */
export function RevokeCalendarButton({ revoke }: { revoke: () => Promise<void> }) {
  const t = useTranslations('schedule');
  const [pending, startTransition] = useTransition();
  return (
    <ConfirmDialog
      trigger={
        <button
          type="button"
          disabled={pending}
          className="min-h-11 self-start rounded-lg border border-red-700 px-3 text-sm font-medium text-red-800"
        >
          {t('feedRevoke')}
        </button>
      }
      title={t('feedRevokeConfirmTitle')}
      body={t('feedRevokeNote')}
      confirmLabel={t('feedRevokeConfirm')}
      cancelLabel={t('feedRevokeKeep')}
      onConfirm={() => startTransition(() => revoke())}
    />
  );
}
