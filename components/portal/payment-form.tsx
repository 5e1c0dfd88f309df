'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useServerForm } from '@/components/ui/use-server-form';
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
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TOrderForm, TResult<{ redirect: string }>>({
    schema: ZOrderForm,
    defaultValues: {
      firstName: signedIn?.firstName ?? '',
      lastName: signedIn?.lastName ?? '',
      email: signedIn?.email ?? '',
      phone: '',
      formToken,
      website: '',
    },
    save: pay,
    onSaved: (result) => window.location.assign(result.redirect),
    words: (code) => tf(`errors.${code as 'tooLong'}`),
  });
  return (
    <form noValidate className="mt-3 flex flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={message} />
      {signedIn ? (
        <p>{t('payingAs', { name: `${signedIn.firstName} ${signedIn.lastName}`.trim(), email: signedIn.email })}</p>
      ) : (
        <ContactFields register={form.register as never} error={errorAt as never} />
      )}
      <Button type="submit" pending={pending} pendingLabel={t('starting')} className="sm:self-start">
        {t('pay')}
      </Button>
    </form>
  );
}
