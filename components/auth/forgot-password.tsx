'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { requestResetCodeAction, resetWithCodeAction } from '@/lib/actions/reset-password';
import { ZResetWithCode, type TResetWithCode } from '@/lib/auth/password-policy';
import { IdentifierStep } from './identifier-step';
import { NewPasswordField } from './new-password-field';
import { usePasswordErrorMessage } from './use-password-error-message';

/** "Forgot password?": a code by email or SMS, then the code and the new password together. */
export function ForgotPassword({ portal, business }: { portal: string; business: string }) {
  const t = useTranslations('forgotPassword');
  const ts = useTranslations('clientSignIn');
  const [sent, setSent] = useState<{ identifier: string; masked: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const resetForm = useForm<TResetWithCode>({
    resolver: zodResolver(ZResetWithCode),
    defaultValues: { code: '', password: '' },
  });

  const message = usePasswordErrorMessage((key) => ts(`codeErrors.${key as 'invalid' | 'codeFormat'}`));

  if (!sent) {
    return (
      <IdentifierStep
        business={business}
        submitLabel={t('sendCode')}
        request={requestResetCodeAction.bind(null, portal)}
        onSent={setSent}
      />
    );
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={resetForm.handleSubmit((values) =>
        startTransition(async () => {
          setError(null);
          const result = await resetWithCodeAction(portal, sent.identifier, values);
          if (result?.error) setError(message(result.error));
        }),
      )}
    >
      <p className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        {ts('codeSent', { business, destination: sent.masked })}
      </p>
      <FormAlert message={error} />
      <TextField
        label={t('code')}
        inputMode="numeric"
        autoComplete="one-time-code"
        className="max-w-56"
        error={resetForm.formState.errors.code && message(resetForm.formState.errors.code.message!)}
        {...resetForm.register('code')}
      />
      <NewPasswordField
        error={resetForm.formState.errors.password && message(resetForm.formState.errors.password.message!)}
        {...resetForm.register('password')}
      />
      <Button type="submit" pending={pending} pendingLabel={t('submitting')}>
        {t('submit')}
      </Button>
    </form>
  );
}
