'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useSubmit } from '@/components/ui/use-server-form';
import { completeSignUpAction, requestSignUpCodeAction } from '@/lib/actions/sign-up';
import { ZSignUp, type TSignUp } from '@/lib/auth/passwords/password-policy';
import { IdentifierStep } from './identifier-step';
import { NewPasswordField } from './new-password-field';
import { usePasswordErrorMessage } from './use-password-error-message';

/** "Create an account": the email or phone first (proved by a code), then name, code and password. */
export function SignUp({ portal, business }: { portal: string; business: string }) {
  const t = useTranslations('signUp');
  const ts = useTranslations('clientSignIn');
  const [sent, setSent] = useState<{ identifier: string; masked: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<TSignUp>({
    resolver: zodResolver(ZSignUp),
    defaultValues: { firstName: '', lastName: '', code: '', password: '' },
  });
  const formMessage = usePasswordErrorMessage((key) => {
    if (key === 'firstNameRequired' || key === 'lastNameRequired') return t(`errors.${key}`);
    if (key === 'already_registered') return t('alreadyRegistered', { business });
    return ts(`codeErrors.${key as 'invalid'}`);
  });
  const message = (key?: string) => (key ? formMessage(key) : undefined);

  const { pending, onSubmit } = useSubmit(form, async (values) => {
    setError(null);
    if (!sent) return;
    const result = await completeSignUpAction(portal, sent.identifier, values);
    if (result?.error) setError(message(result.error) ?? null);
  });

  if (!sent) {
    return (
      <IdentifierStep
        business={business}
        submitLabel={t('sendCode')}
        request={requestSignUpCodeAction.bind(null, portal)}
        onSent={setSent}
        unavailable={t('unavailable', { business })}
      />
    );
  }

  const errors = form.formState.errors;
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <p className="rounded-lg bg-white p-3 ring-1 ring-slate-200">{t('codeSent', { destination: sent.masked })}</p>
      <FormAlert message={error} />
      <TextField
        label={t('firstName')}
        autoComplete="given-name"
        error={message(errors.firstName?.message)}
        {...form.register('firstName')}
      />
      <TextField
        label={t('lastName')}
        autoComplete="family-name"
        error={message(errors.lastName?.message)}
        {...form.register('lastName')}
      />
      <TextField
        label={t('code')}
        inputMode="numeric"
        autoComplete="one-time-code"
        className="max-w-56"
        error={message(errors.code?.message)}
        {...form.register('code')}
      />
      <NewPasswordField error={message(errors.password?.message)} {...form.register('password')} />
      <Button type="submit" pending={pending} pendingLabel={t('submitting')}>
        {t('submit')}
      </Button>
    </form>
  );
}
