'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { staffSignIn } from '@/lib/actions/staff-sign-in';
import { ZStaffSignIn, type TStaffSignIn } from '@/lib/auth/schemas';

export function StaffSignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('staffSignIn');
  const tCommon = useTranslations('common');
  const [pending, startTransition] = useTransition();
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<TStaffSignIn>({
    resolver: zodResolver(ZStaffSignIn),
    shouldFocusError: true,
  });
  const fieldError = (key?: string) => (key ? t(`errors.${key}` as 'errors.emailInvalid') : undefined);

  const onSubmit = handleSubmit((values) => {
    setServerError(null);
    startTransition(async () => {
      const result = await staffSignIn(values, callbackUrl);
      if (result?.error)
        setServerError(result.error === 'rate_limited' ? tCommon('passwordRateLimited') : t('invalid'));
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={serverError} />
      <TextField
        label={t('email')}
        type="email"
        autoComplete="username"
        error={fieldError(formState.errors.email?.message)}
        {...register('email')}
      />
      <TextField
        label={t('password')}
        type="password"
        autoComplete="current-password"
        error={fieldError(formState.errors.password?.message)}
        {...register('password')}
      />
      <Button type="submit" pending={pending} pendingLabel={t('submitting')}>
        {t('submit')}
      </Button>
    </form>
  );
}
