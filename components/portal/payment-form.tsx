'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { applyFailure } from '@/components/ui/use-server-form';
import { ZOrderForm, type TOrderForm } from '@/lib/public-forms/public-form-schemas';
import { ContactFields } from './contact-fields';
import type { TResult } from '@/lib/result';

/** Who pays; then on to Stripe's checkout page, or to the bank-transfer instructions. */
export function PaymentForm({
  pay,
  formToken,
  signedIn,
}: {
  pay: (values: TOrderForm) => Promise<TResult<{ redirect: string }>>;
  formToken: string;
  signedIn: { firstName: string; lastName: string; email: string } | null;
}) {
  const t = useTranslations('products');
  const tf = useTranslations('publicForms');
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<TOrderForm>({
    resolver: zodResolver(ZOrderForm),
    defaultValues: {
      firstName: signedIn?.firstName ?? '',
      lastName: signedIn?.lastName ?? '',
      email: signedIn?.email ?? '',
      phone: '',
      formToken,
      website: '',
    },
  });
  const error = (name: keyof TOrderForm) => {
    const key = form.formState.errors[name]?.message;
    return key ? tf(`errors.${key as 'tooLong'}`) : undefined;
  };
  return (
    <form
      noValidate
      className="mt-3 flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setAlert(null);
          const result = await pay(values);
          if (result.ok) return window.location.assign(result.redirect);
          setAlert(tf(`errors.${applyFailure(form, result) as 'tooLong'}`));
        }),
      )}
    >
      <FormAlert message={alert} />
      {signedIn ? (
        <p>{t('payingAs', { name: `${signedIn.firstName} ${signedIn.lastName}`.trim(), email: signedIn.email })}</p>
      ) : (
        <ContactFields register={form.register as never} error={error as never} />
      )}
      <Button type="submit" pending={pending} pendingLabel={t('starting')} className="sm:self-start">
        {t('pay')}
      </Button>
    </form>
  );
}
