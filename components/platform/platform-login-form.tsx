'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { platformLoginAction } from '@/lib/actions/platform-login';
import { ZStaffSignIn, type TStaffSignIn } from '@/lib/auth/schemas';

export function PlatformLoginForm() {
  const t = useTranslations('staffSignIn');
  const tc = useTranslations('clientSignIn');
  const tCommon = useTranslations('common');
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<TStaffSignIn>({ resolver: zodResolver(ZStaffSignIn) });
  const fieldError = (key?: string) => (key ? t(`errors.${key}` as 'errors.emailInvalid') : undefined);
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={handleSubmit((values) =>
        startTransition(async () => {
          setError(null);
          const result = await platformLoginAction(values);
          if (result?.error) setError(result.error === 'rate_limited' ? tCommon('passwordRateLimited') : tc('invalid'));
        }),
      )}
    >
      <FormAlert message={error} />
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
      <Button
        type="submit"
        pending={pending}
        pendingLabel={t('submitting')}
        style={{ '--brand-accent': '#1e3a8a' } as React.CSSProperties}
      >
        {t('submit')}
      </Button>
    </form>
  );
}
