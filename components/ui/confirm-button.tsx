'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/**
 * A button that ends or destroys something and asks first, saying the consequence ("Stop the
 * link", "Sign out everywhere", "Remove a file"); the page passes the words and the bound server
 * action. With `failure`, an action answering anything but `{ ok: true }` shows that text, and
 * the page is read again either way.
 */
export function ConfirmButton({
  label,
  title,
  body,
  confirmLabel,
  cancelLabel,
  action,
  failure,
  name,
}: {
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  action: () => Promise<unknown>;
  failure?: string;
  /** the button's accessible name where its label alone would be ambiguous ("Delete" → "Delete Birthday") */
  name?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const run = async () => {
    const result = await action();
    if (failure === undefined) return;
    setFailed(!(typeof result === 'object' && result !== null && 'ok' in result && result.ok === true));
    router.refresh();
  };
  return (
    <>
      <ConfirmDialog
        trigger={
          <button
            type="button"
            disabled={pending}
            aria-label={name}
            className="min-h-11 self-start rounded-lg border border-red-700 bg-white px-3 text-sm font-medium text-red-800"
          >
            {label}
          </button>
        }
        title={title}
        body={body}
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel}
        onConfirm={() => startTransition(run)}
      />
      {failed && (
        <span role="alert" className="text-sm text-red-800">
          {failure}
        </span>
      )}
    </>
  );
}
