'use client';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/** "Sign out everywhere" asks first: it ends every session of the person, this one too. */
export function SignOutEverywhereButton({ signOut }: { signOut: () => Promise<void> }) {
  const t = useTranslations('security.sessions');
  const [pending, startTransition] = useTransition();
  return (
    <ConfirmDialog
      trigger={
        <button
          type="button"
          disabled={pending}
          className="min-h-11 self-start rounded-lg border border-red-700 px-3 text-sm font-medium text-red-800"
        >
          {t('everywhere')}
        </button>
      }
      title={t('dialogTitle')}
      body={t('dialogBody')}
      confirmLabel={t('everywhere')}
      cancelLabel={t('cancel')}
      onConfirm={() => startTransition(() => signOut())}
    />
  );
}
