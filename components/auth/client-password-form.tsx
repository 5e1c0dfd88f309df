'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { clientPasswordSignIn } from '@/lib/actions/client-password-sign-in';
import { ZClientPasswordSignIn, type TClientPasswordSignIn } from '@/lib/auth/schemas';

export function ClientPasswordForm({ portal, callbackUrl }: { portal: string; callbackUrl?: string }) {
  const t = useTranslations('clientSignIn');
  const tCommon = useTranslations('common');
  const [pending, startTransition] = useTransition();
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<TClientPasswordSignIn>({
    resolver: zodResolver(ZClientPasswordSignIn),
    defaultValues: { identifier: '', password: '', remember: false },
  });
  const fieldError = (key?: string) => (key ? t(`errors.${key}` as 'errors.passwordRequired') : undefined);

  const onSubmit = handleSubmit((values) => {
    setServerError(null);
    startTransition(async () => {
      const result = await clientPasswordSignIn(portal, values, callbackUrl);
      if (result?.error)
        setServerError(result.error === 'rate_limited' ? tCommon('passwordRateLimited') : t('invalid'));
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={serverError} />
      <TextField
        label={t('identifier')}
        type="text"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={fieldError(formState.errors.identifier?.message)}
        {...register('identifier')}
      />
      <TextField
        label={t('password')}
        type="password"
        autoComplete="current-password"
        error={fieldError(formState.errors.password?.message)}
        {...register('password')}
      />
      <label className="flex min-h-11 items-center gap-3 text-sm">
        <input type="checkbox" className="size-5" {...register('remember')} />
        {t('remember')}
      </label>
      <Button type="submit" pending={pending} pendingLabel={t('submitting')}>
        {t('submit')}
      </Button>
    </form>
  );
}
