'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import type { TResult } from '@/lib/result';

type Props = {
  name: string;
  /** the server action, bound to the business and the card */
  turnOff: () => Promise<TResult<{ takesEffectAt: Date | null }>>;
};

/** Seed 004: staff turn off a client's two-step verification, after a confirmation that says what it does. */
export function TurnOffTwoStepButton({ name, turnOff }: Props) {
  const t = useTranslations('admin.client');
  const format = useFormatter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const run = () =>
    startTransition(async () => {
      const result = await turnOff();
      if ('ok' in result && result.ok)
        return setMessage({
          text: result.takesEffectAt
            ? t('turnOffScheduled', {
                when: format.dateTime(new Date(result.takesEffectAt), { dateStyle: 'full', timeStyle: 'short' }),
              })
            : t('turnedOff'),
          tone: 'success',
        });
      const staff = 'error' in result && result.error === 'staff_identity';
      setMessage({ text: staff ? t('staffIdentity') : t('actionFailed'), tone: 'error' });
    });
  return (
    <div className="flex flex-col gap-2">
      <ConfirmDialog
        trigger={
          <button
            type="button"
            disabled={pending}
            className="min-h-11 self-start rounded-lg border border-red-700 px-3 text-sm font-medium text-red-800"
          >
            {t('turnOffTwoStep')}
          </button>
        }
        title={t('turnOffTitle', { name })}
        body={t('turnOffBody')}
        cancelLabel={t('turnOffKeep')}
        confirmLabel={t('turnOffConfirm')}
        onConfirm={run}
      />
      <FormAlert message={message?.text} tone={message?.tone} />
    </div>
  );
}
