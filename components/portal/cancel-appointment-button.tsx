'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';

type Props = {
  /** false once cancelled or past the cut-off; the component stays mounted so its confirmation survives the refresh */
  cancellable: boolean;
  cancel: (reason: string) => Promise<{ ok?: true; error?: string }>;
  body: string;
  business: string;
  cutoffHours: number;
};

/** Cancel, with a dialog that says the consequence and takes an optional reason. */
export function CancelAppointmentButton({ cancellable, cancel, body, business, cutoffHours }: Props) {
  const t = useTranslations('schedule');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const [pending, startTransition] = useTransition();
  const reasonId = useId();
  if (message?.tone === 'success') return <FormAlert message={message.text} tone="success" />;
  if (!cancellable) return null;
  const confirm = () =>
    startTransition(async () => {
      const result = await cancel(reason);
      setMessage(
        result.ok
          ? { text: t('cancelled', { business }), tone: 'success' }
          : {
              text: t(`cancelErrors.${(result.error ?? 'not_found') as 'not_found'}`, { business, hours: cutoffHours }),
              tone: 'error',
            },
      );
    });
  return (
    <div className="flex flex-col gap-2">
      {message && <FormAlert message={message.text} />}
      <ConfirmDialog
        trigger={
          <button
            type="button"
            disabled={pending}
            className="min-h-11 self-start rounded-lg border border-red-700 px-3 text-sm font-medium text-red-800"
          >
            {t('cancel')}
          </button>
        }
        title={t('cancelTitle')}
        body={body}
        cancelLabel={t('keep')}
        confirmLabel={t('confirmCancel')}
        onConfirm={confirm}
      >
        <label htmlFor={reasonId} className="mt-4 block text-sm font-medium">
          {t('reason')}
        </label>
        <textarea
          id={reasonId}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          className="mt-1 min-h-20 w-full rounded-lg border border-slate-400 p-2"
        />
      </ConfirmDialog>
    </div>
  );
}
