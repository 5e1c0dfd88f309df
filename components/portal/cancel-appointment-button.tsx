'use client';
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
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
  return (
    <div className="flex flex-col gap-2">
      {message && <FormAlert message={message.text} />}
      <AlertDialog.Root>
        <AlertDialog.Trigger asChild>
          <button
            type="button"
            disabled={pending}
            className="min-h-11 self-start rounded-lg border border-red-700 px-3 text-sm font-medium text-red-800"
          >
            {t('cancel')}
          </button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/50" />
          <AlertDialog.Content className="fixed top-1/2 left-1/2 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 rounded-2xl bg-white p-6 shadow-xl">
            <AlertDialog.Title className="text-lg font-semibold">{t('cancelTitle')}</AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-slate-700">{body}</AlertDialog.Description>
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
            <div className="mt-6 flex flex-wrap justify-end gap-3">
              <AlertDialog.Cancel className="min-h-11 rounded-lg border border-slate-400 px-4 font-medium">
                {t('keep')}
              </AlertDialog.Cancel>
              <AlertDialog.Action
                className="min-h-11 rounded-lg bg-red-700 px-4 font-semibold text-white"
                onClick={() =>
                  startTransition(async () => {
                    const result = await cancel(reason);
                    setMessage(
                      result.ok
                        ? { text: t('cancelled', { business }), tone: 'success' }
                        : {
                            text: t(`cancelErrors.${(result.error ?? 'not_found') as 'not_found'}`, {
                              business,
                              hours: cutoffHours,
                            }),
                            tone: 'error',
                          },
                    );
                  })
                }
              >
                {t('confirmCancel')}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
}
