'use client';
import * as AlertDialog from '@radix-ui/react-alert-dialog';

type Props = {
  trigger: React.ReactNode;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** more of the question, between the consequence and the buttons (e.g. a reason field) */
  children?: React.ReactNode;
  /** red for what destroys or ends something (the default), dark for a weighty but ordinary step */
  tone?: 'danger' | 'primary';
};

/** A destructive action's confirmation: says the consequence; keyboard and screen-reader ready (Radix). */
export function ConfirmDialog({
  trigger,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  children,
  tone = 'danger',
}: Props) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/50" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 rounded-2xl bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-slate-700">{body}</AlertDialog.Description>
          {children}
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <AlertDialog.Cancel className="min-h-11 rounded-lg border border-slate-400 px-4 font-medium">
              {cancelLabel}
            </AlertDialog.Cancel>
            <AlertDialog.Action
              onClick={onConfirm}
              className={`min-h-11 rounded-lg px-4 font-semibold text-white ${tone === 'danger' ? 'bg-red-700' : 'bg-slate-900'}`}
            >
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
