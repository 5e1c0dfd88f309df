'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { PAYMENT_METHODS, ZPaymentForm, type TPaymentForm } from '@/lib/invoices/invoice-schema';
import type { TResult } from '@/lib/result';

type TSaved = TResult<{ paymentId: string }>;

type Props = {
  /** the balance, as the amount's first value ("61.00") */
  balance: string;
  today: string;
  record: (values: TPaymentForm) => Promise<TSaved>;
};

/** Record a payment (partial or full) against an open invoice. */
export function PaymentForm({ balance, today, record }: Props) {
  const t = useTranslations('admin.invoices');
  const tm = useTranslations('payments.methods');
  const router = useRouter();
  const { form, pending, message, tone, errorAt, onSubmit } = useServerForm<TPaymentForm, TSaved>({
    schema: ZPaymentForm,
    defaultValues: { amount: balance, method: 'card', reference: '', paidOn: today },
    save: record,
    onSaved: () => router.replace('?done=paid', { scroll: false }),
    words: (code) => t(`errors.${code as 'invalid'}`),
  });
  // after a partial payment the page brings the new balance: it becomes the next amount
  useEffect(() => form.setValue('amount', balance), [form, balance]);
  return (
    <form noValidate aria-labelledby="record-payment" className="flex flex-col gap-3" onSubmit={onSubmit}>
      <h2 id="record-payment" className="text-lg font-semibold">
        {t('payment.title')}
      </h2>
      <FormAlert message={message} tone={tone} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('payment.amount')}
          inputMode="decimal"
          error={errorAt('amount')}
          {...form.register('amount')}
        />
        <SelectField label={t('payment.method')} error={errorAt('method')} {...form.register('method')}>
          {PAYMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {tm(m)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('payment.paidOn')} type="date" error={errorAt('paidOn')} {...form.register('paidOn')} />
        <TextField label={t('payment.reference')} error={errorAt('reference')} {...form.register('reference')} />
      </div>
      <Button type="submit" pending={pending} pendingLabel={t('payment.saving')} className="self-start">
        {t('payment.save')}
      </Button>
    </form>
  );
}
