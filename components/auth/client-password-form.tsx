'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { passwordSignInWords } from './password-sign-in-words';
import { clientPasswordSignIn } from '@/lib/actions/client-password-sign-in';
import { ZClientPasswordSignIn, type TClientPasswordSignIn } from '@/lib/auth/schemas';
import type { TFailure } from '@/lib/result';

export function ClientPasswordForm({ portal, callbackUrl }: { portal: string; callbackUrl?: string }) {
  const t = useTranslations('clientSignIn');
  const tCommon = useTranslations('common');
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TClientPasswordSignIn, TFailure | undefined>({
    schema: ZClientPasswordSignIn,
    defaultValues: { identifier: '', password: '', remember: false },
    save: (values) => clientPasswordSignIn(portal, values, callbackUrl),
    words: passwordSignInWords(tCommon('passwordRateLimited'), t('invalid'), (code) =>
      t(`errors.${code as 'passwordRequired'}`),
    ),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={message} />
      <TextField
        label={t('identifier')}
        type="text"
        inputMode="email"
        autoComplete="username webauthn"
        autoCapitalize="none"
        spellCheck={false}
        error={errorAt('identifier')}
        {...form.register('identifier')}
      />
      <TextField
        label={t('password')}
        type="password"
        autoComplete="current-password"
        error={errorAt('password')}
        {...form.register('password')}
      />
      <CheckboxField label={t('remember')} className="gap-3 text-sm" {...form.register('remember')} />
      <Button type="submit" pending={pending} pendingLabel={t('submitting')}>
        {t('submit')}
      </Button>
    </form>
  );
}
