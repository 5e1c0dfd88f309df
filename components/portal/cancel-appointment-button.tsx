'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { cancelAppointmentAction } from '@/lib/actions/cancel-appointment';
import { FormAlert } from '@/components/ui/form-alert';

type Props = {
  /** false once cancelled or past the cut-off; the component stays mounted so its confirmation survives the refresh */
  cancellable: boolean;
  // the action checks the session, the business and that the appointment is this client's:
  // called directly, not bound in the page (a bound action's arguments are encrypted into
  // the page for each of the list's buttons, on every request)
  portal: string;
  appointmentId: string;
  body: string;
  business: string;
  cutoffHours: number;
  /** the business asks clients to say why */
  reasonRequired?: boolean;
};

/** Cancel, with a dialog that says the consequence and takes an optional reason. */
export function CancelAppointmentButton({
  cancellable,
  portal,
  appointmentId,
  body,
  business,
  cutoffHours,
  reasonRequired = false,
}: Props) {
  const t = useTranslations('schedule');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const [pending, startTransition] = useTransition();
  const reasonId = useId();
  if (message?.tone === 'success') return <FormAlert message={message.text} tone="success" />;
  if (!cancellable) return null;
  const confirm = () =>
    startTransition(async () => {
      if (reasonRequired && !reason.trim())
        return setMessage({ text: t('cancelErrors.reason_required', { business }), tone: 'error' });
      const result = await cancelAppointmentAction(portal, appointmentId, reason);
      setMessage(
        result.ok
          ? { text: t('cancelled', { business }), tone: 'success' }
          : {
              text: t(`cancelErrors.${result.error as 'not_found'}`, { business, hours: cutoffHours }),
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
          {reasonRequired ? t('reasonRequired', { business }) : t('reason')}
        </label>
        <textarea
          id={reasonId}
          required={reasonRequired}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          className="mt-1 min-h-20 w-full rounded-lg border border-slate-400 p-2"
        />
      </ConfirmDialog>
    </div>
  );
}
