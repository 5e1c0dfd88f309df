'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import type { TResult } from '@/lib/result';

type Props = {
  /** where the new password goes: the card's email or mobile number */
  address: string;
  /** the server action, bound to the business, the card and the channel */
  reset: () => Promise<TResult>;
};

/** Seed 000: "Reset password" next to the Email or Phone field, after a confirmation. */
export function ResetPasswordButton({ address, reset }: Props) {
  const t = useTranslations('admin.client');
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const run = () =>
    startTransition(async () => {
      const result = await reset();
      if ('ok' in result && result.ok) return setMessage({ text: t('resetDone', { address }), tone: 'success' });
      const error = 'error' in result ? result.error : '';
      setMessage({
        text:
          error === 'shared_identity'
            ? t('sharedIdentity')
            : error === 'unproven_address'
              ? t('unprovenAddress')
              : error === 'no_address'
                ? t('noAddress')
                : t('actionFailed'),
        tone: 'error',
      });
    });
  return (
    <div className="inline-flex flex-col gap-1">
      <ConfirmDialog
        trigger={
          <button type="button" disabled={pending} className="self-start text-sm font-medium text-blue-800 underline">
            {t('reset')}
          </button>
        }
        title={t('resetEmailTitle', { address })}
        body={t('resetBody')}
        cancelLabel={t('resetKeep')}
        confirmLabel={t('resetConfirm')}
        onConfirm={run}
      />
      <FormAlert message={message?.text} tone={message?.tone} />
    </div>
  );
}
