'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { TResult } from '@/lib/result';

/** "Pay now" on an open invoice: on to Stripe's checkout page, or to the bank-transfer instructions. */
export function PayInvoiceButton({ pay }: { pay: () => Promise<TResult<{ redirect: string }>> }) {
  const t = useTranslations('invoices');
  const tf = useTranslations('publicForms');
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={alert} />
      <Button
        type="button"
        pending={pending}
        pendingLabel={t('paying')}
        onClick={() =>
          startTransition(async () => {
            const result = await pay();
            if (result.ok) return window.location.assign(result.redirect);
            setAlert(tf(`errors.${result.error as 'tooLong'}`));
          })
        }
      >
        {t('payNow')}
      </Button>
    </div>
  );
}
