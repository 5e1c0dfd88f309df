'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { acceptWelcomeAction } from '@/lib/actions/sign-up';
import { ZResetWithLink, type TResetWithLink } from '@/lib/auth/password-policy';
import { NewPasswordField } from './new-password-field';
import { usePasswordErrorMessage } from './use-password-error-message';

export function WelcomeForm({ portal, token, business }: { portal: string; token: string; business: string }) {
  const t = useTranslations('welcome');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<TResetWithLink>({ resolver: zodResolver(ZResetWithLink), defaultValues: { password: '' } });
  const message = usePasswordErrorMessage(() => t('invalid', { business }));
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setError(null);
          const result = await acceptWelcomeAction(portal, token, values);
          if (result?.error) setError(message(result.error));
        }),
      )}
    >
      <FormAlert message={error} />
      <NewPasswordField
        error={form.formState.errors.password && message(form.formState.errors.password.message!)}
        {...form.register('password')}
      />
      <Button type="submit" pending={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
