'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import type { TResult } from '@/lib/result';

/** "Payment received" for a bank transfer, with the bank's reference. */
export function ConfirmOrderForm({
  confirm,
  label,
}: {
  confirm: (reference: string) => Promise<TResult>;
  label: string;
}) {
  const t = useTranslations('admin.orders');
  const [pending, startTransition] = useTransition();
  const [reference, setReference] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await confirm(reference);
          if ('ok' in result && result.ok) return;
          setAlert(t('errors.notPending'));
        });
      }}
    >
      <FormAlert message={alert} />
      <TextField label={t('bankReference')} value={reference} onChange={(e) => setReference(e.target.value)} />
      <Button type="submit" pending={pending} pendingLabel={t('confirming')}>
        {t('confirm')}
      </Button>
    </form>
  );
}
