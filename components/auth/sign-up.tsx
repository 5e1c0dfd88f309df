'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { completeSignUpAction, requestSignUpCodeAction } from '@/lib/actions/sign-up';
import { ZSignUp, type TSignUp } from '@/lib/auth/password-policy';
import { ZCodeRequest, type TCodeRequest } from '@/lib/auth/schemas';
import { NewPasswordField } from './new-password-field';

/** "Create an account": the email or phone first (proved by a code), then name, code and password. */
export function SignUp({ portal, business }: { portal: string; business: string }) {
  const t = useTranslations('signUp');
  const ts = useTranslations('clientSignIn');
  const tp = useTranslations('passwordErrors');
  const [sent, setSent] = useState<{ identifier: string; masked: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const idForm = useForm<TCodeRequest>({ resolver: zodResolver(ZCodeRequest), defaultValues: { identifier: '' } });
  const form = useForm<TSignUp>({ resolver: zodResolver(ZSignUp), defaultValues: { firstName: '', lastName: '', code: '', password: '' } });
  const message = (key?: string) => {
    if (!key) return undefined;
    if (['tooShort', 'tooLong', 'tooCommon'].includes(key)) return tp(key as 'tooShort');
    if (key === 'firstNameRequired' || key === 'lastNameRequired') return t(`errors.${key}`);
    if (key === 'already_registered') return t('alreadyRegistered', { business });
    return ts(`codeErrors.${key as 'invalid'}`);
  };

  if (!sent) {
    return (
      <form noValidate className="flex flex-col gap-4" onSubmit={idForm.handleSubmit(({ identifier }) => startTransition(async () => {
        setError(null);
        const result = await requestSignUpCodeAction(portal, { identifier });
        if (result.outcome === 'sent') setSent({ identifier, masked: result.masked });
        else setError(result.outcome === 'method_unavailable' ? t('unavailable', { business }) : ts(`requestErrors.${result.outcome}`, { business }));
      }))}>
        <FormAlert message={error} />
        <TextField label={ts('identifier')} inputMode="email" autoComplete="username" autoCapitalize="none" spellCheck={false}
          error={idForm.formState.errors.identifier && ts(`errors.${idForm.formState.errors.identifier.message as 'identifierRequired'}`)} {...idForm.register('identifier')} />
        <Button type="submit" pending={pending}>{t('sendCode')}</Button>
      </form>
    );
  }

  const errors = form.formState.errors;
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={form.handleSubmit((values) => startTransition(async () => {
      setError(null);
      const result = await completeSignUpAction(portal, sent.identifier, values);
      if (result?.error) setError(message(result.error) ?? null);
    }))}>
      <p className="rounded-lg bg-white p-3 ring-1 ring-slate-200">{t('codeSent', { destination: sent.masked })}</p>
      <FormAlert message={error} />
      <TextField label={t('firstName')} autoComplete="given-name" error={message(errors.firstName?.message)} {...form.register('firstName')} />
      <TextField label={t('lastName')} autoComplete="family-name" error={message(errors.lastName?.message)} {...form.register('lastName')} />
      <TextField label={t('code')} inputMode="numeric" autoComplete="one-time-code" className="max-w-56" error={message(errors.code?.message)} {...form.register('code')} />
      <NewPasswordField error={message(errors.password?.message)} {...form.register('password')} />
      <Button type="submit" pending={pending} pendingLabel={t('submitting')}>{t('submit')}</Button>
    </form>
  );
}
