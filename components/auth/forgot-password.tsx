'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { requestResetCodeAction, resetWithCodeAction } from '@/lib/actions/reset-password';
import { isPasswordError, ZResetWithCode, type TResetWithCode } from '@/lib/auth/passwords/password-policy';
import { IdentifierStep } from './identifier-step';
import { NewPasswordField } from './new-password-field';
import { useCodeStep } from './use-code-step';
import { usePasswordErrorMessage } from './use-password-error-message';

/** "Forgot password?": a code by email or SMS, then the code and the new password together. */
export function ForgotPassword({ portal, business }: { portal: string; business: string }) {
  const t = useTranslations('forgotPassword');
  const ts = useTranslations('clientSignIn');
  const { sent, setSent, back, forget, restore, seconds } = useCodeStep(`${portal}.reset`);
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
        waitSeconds={seconds}
        onSent={setSent}
      />
    );
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={resetForm.handleSubmit((values) => {
        forget(); // outside the transition: the form stays on screen while it is checked
        startTransition(async () => {
          const result = await resetWithCodeAction(portal, sent.identifier, values);
          if (!result?.error) return;
          restore();
          // each error under the field that caused it, focused and read with it
          if (isPasswordError(result.error))
            resetForm.setError('password', { message: result.error }, { shouldFocus: true });
          else resetForm.setError('code', { message: result.error }, { shouldFocus: true });
        });
      })}
    >
      <p className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
        {ts('codeSent', { business, destination: sent.masked })}
      </p>
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
      <button type="button" onClick={back} className="min-h-11 self-start px-2 text-sm text-blue-800 underline">
        {ts('changeIdentifier')}
      </button>
    </form>
  );
}
