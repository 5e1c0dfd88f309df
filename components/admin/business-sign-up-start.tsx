'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useSubmit } from '@/components/ui/use-server-form';
import { requestBusinessSignUpCodeAction, verifyBusinessSignUpCodeAction } from '@/lib/actions/business-setup';

/** Public business sign-up, first: the owner's email, proven with a code sent there. */
export function BusinessSignUpStart() {
  const t = useTranslations('admin.signUp');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ email: string; code: string }>({ defaultValues: { email: '', code: '' } });
  const { pending, onSubmit } = useSubmit(form, async (values) => {
    setError(null);
    if (!sentTo) {
      const result = await requestBusinessSignUpCodeAction(values);
      if (result.outcome === 'sent') return setSentTo(values.email);
      return setError(t(`errors.${result.outcome}`));
    }
    const result = await verifyBusinessSignUpCodeAction({ email: sentTo, code: values.code });
    if (result?.error) setError(t(`errors.${result.error as 'invalid'}`));
  });

  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={error} />
      <TextField label={t('email')} type="email" autoComplete="email" readOnly={!!sentTo} {...form.register('email')} />
      {sentTo && (
        <>
          <p role="status">{t('codeSent', { email: sentTo })}</p>
          <TextField label={t('code')} inputMode="numeric" autoComplete="one-time-code" {...form.register('code')} />
        </>
      )}
      <Button type="submit" pending={pending} pendingLabel={t('working')}>
        {sentTo ? t('confirm') : t('send')}
      </Button>
    </form>
  );
}
