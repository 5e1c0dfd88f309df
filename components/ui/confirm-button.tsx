'use client';
import { useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/**
 * A button that ends or destroys something and asks first, saying the consequence ("Stop the
 * link", "Sign out everywhere"); the page passes the words and the bound server action.
 */
export function ConfirmButton({
  label,
  title,
  body,
  confirmLabel,
  cancelLabel,
  action,
}: {
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  action: () => Promise<void>;
}) {
  const [pending, startTransition] = useTransition();
  return (
    <ConfirmDialog
      trigger={
        <button
          type="button"
          disabled={pending}
          className="min-h-11 self-start rounded-lg border border-red-700 px-3 text-sm font-medium text-red-800"
        >
          {label}
        </button>
      }
      title={title}
      body={body}
      confirmLabel={confirmLabel}
      cancelLabel={cancelLabel}
      onConfirm={() => startTransition(() => action())}
    />
  );
}
