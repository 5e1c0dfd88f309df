'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { applyFailure } from '@/components/ui/use-server-form';
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
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const form = useForm<TPaymentForm>({
    resolver: zodResolver(ZPaymentForm),
    defaultValues: { amount: balance, method: 'card', reference: '', paidOn: today },
  });
  // after a partial payment the page brings the new balance: it becomes the next amount
  useEffect(() => form.setValue('amount', balance), [form, balance]);
  const error = (name: keyof TPaymentForm) => {
    const key = form.formState.errors[name]?.message;
    return key ? t(`errors.${key as 'amount'}`) : undefined;
  };
  return (
    <form
      noValidate
      aria-labelledby="record-payment"
      className="flex flex-col gap-3"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setMessage(null);
          const result = await record(values);
          // the page confirms it (the form is gone once the invoice is paid) and brings the new balance
          if (result.ok) return router.replace('?done=paid', { scroll: false });
          setMessage({ text: t(`errors.${applyFailure(form, result) as 'invalid'}`), tone: 'error' });
        }),
      )}
    >
      <h2 id="record-payment" className="text-lg font-semibold">
        {t('payment.title')}
      </h2>
      <FormAlert message={message?.text} tone={message?.tone} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('payment.amount')}
          inputMode="decimal"
          error={error('amount')}
          {...form.register('amount')}
        />
        <SelectField label={t('payment.method')} error={error('method')} {...form.register('method')}>
          {PAYMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {tm(m)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('payment.paidOn')} type="date" error={error('paidOn')} {...form.register('paidOn')} />
        <TextField label={t('payment.reference')} error={error('reference')} {...form.register('reference')} />
      </div>
      <Button type="submit" pending={pending} pendingLabel={t('payment.saving')} className="self-start">
        {t('payment.save')}
      </Button>
    </form>
  );
}
