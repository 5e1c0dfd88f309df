'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import type { TResult } from '@/lib/result';

type TStepped = TResult<{ invoiceId?: string; number?: string; emailed?: boolean }>;

type Props = {
  label: string;
  title: string;
  body: string;
  tone?: 'danger' | 'primary';
  /** the server action, bound to the business and the invoice */
  run: () => Promise<TStepped>;
  /** this invoice's page */
  invoicePath: string;
  /** after success: to the list, to the invoice the step made (a credit note), or stay */
  next?: 'list' | 'made';
  /** the confirmation the next page shows (`?done=`): it survives the page changing under the button */
  done: 'issued' | 'deleted' | 'creditStarted' | 'voided';
};

/** One step of an invoice's life (issue, void, delete, credit note), confirmed first, its outcome announced. */
export function InvoiceStepButton({ label, title, body, tone = 'primary', run, invoicePath, next, done }: Props) {
  const t = useTranslations('admin.invoices');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onConfirm = () =>
    startTransition(async () => {
      const result = await run();
      if ('ok' in result && result.ok) {
        setError(null);
        const query = `?done=${done}${'emailed' in result && result.emailed ? '&emailed=1' : ''}`;
        const list = invoicePath.replace(/\/[^/]+$/, '');
        if (next === 'list') router.push(`${list}${query}`);
        else if (next === 'made' && 'invoiceId' in result && result.invoiceId)
          router.push(`${list}/${result.invoiceId}${query}`);
        else router.replace(`${invoicePath}${query}`);
        return;
      }
      setError(t(`errors.${result.error as 'notDraft'}`));
    });
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      <ConfirmDialog
        trigger={
          <button
            type="button"
            disabled={pending}
            className={
              tone === 'danger'
                ? 'min-h-11 rounded-lg border border-red-700 bg-white px-3 font-medium text-red-800'
                : 'min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white'
            }
          >
            {label}
          </button>
        }
        title={title}
        body={body}
        tone={tone}
        confirmLabel={t('detail.confirm')}
        cancelLabel={t('detail.cancel')}
        onConfirm={onConfirm}
      />
    </div>
  );
}
