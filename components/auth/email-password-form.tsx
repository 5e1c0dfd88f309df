'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { ZStaffSignIn, type TStaffSignIn } from '@/lib/auth/schemas';
import type { TFailure } from '@/lib/result';
import { passwordSignInWords } from './password-sign-in-words';

/**
 * Email and password, for Portico's own sign-ins (staff, the platform's operators). A refusal says
 * the same for a wrong password and an unknown address (`invalid`), or that there were too many tries.
 */
export function EmailPasswordForm({
  signIn,
  invalid,
  buttonStyle,
}: {
  /** the server action: it redirects when the sign-in holds */
  signIn: (values: TStaffSignIn) => Promise<TFailure | undefined>;
  invalid: string;
  buttonStyle?: React.CSSProperties;
}) {
  const t = useTranslations('staffSignIn');
  const tCommon = useTranslations('common');
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TStaffSignIn, TFailure | undefined>({
    schema: ZStaffSignIn,
    defaultValues: { email: '', password: '' },
    save: signIn,
    words: passwordSignInWords(tCommon('passwordRateLimited'), invalid, (code) =>
      t(`errors.${code as 'emailInvalid'}`),
    ),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={message} />
      <TextField
        label={t('email')}
        type="email"
        autoComplete="username webauthn"
        error={errorAt('email')}
        {...form.register('email')}
      />
      <TextField
        label={t('password')}
        type="password"
        autoComplete="current-password"
        error={errorAt('password')}
        {...form.register('password')}
      />
      <Button type="submit" pending={pending} pendingLabel={t('submitting')} style={buttonStyle}>
        {t('submit')}
      </Button>
    </form>
  );
}
