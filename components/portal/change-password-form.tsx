'use client';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { NewPasswordField } from '@/components/auth/new-password-field';
import { usePasswordErrorMessage } from '@/components/auth/use-password-error-message';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useSubmit } from '@/components/ui/use-server-form';
import { changePasswordAction } from '@/lib/actions/change-password';

type TValues = { current: string; password: string };

/** Change the password while signed in: the current one (if there is one) and the new one. */
export function ChangePasswordForm({ portal, hasPassword }: { portal: string; hasPassword: boolean }) {
  const t = useTranslations('security.password');
  const message = usePasswordErrorMessage((key) => t(`errors.${key as 'wrongPassword'}`));
  const form = useForm<TValues>({ defaultValues: { current: '', password: '' } });
  const errors = form.formState.errors;
  const other = errors.root?.message;
  const { pending, onSubmit } = useSubmit(form, async (values) => {
    const result = await changePasswordAction(portal, values);
    // success redirects; an error goes under the field that caused it, focused and announced
    const key = result?.error;
    if (!key) return;
    if (key === 'wrongPassword' || key === 'locked') form.setError('current', { message: key }, { shouldFocus: true });
    else if (key === 'tooShort' || key === 'tooLong' || key === 'tooCommon')
      form.setError('password', { message: key }, { shouldFocus: true });
    else form.setError('root', { message: key });
  });

  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={other ? message(other) : null} />
      {hasPassword && (
        <TextField
          label={t('current')}
          type="password"
          autoComplete="current-password"
          error={errors.current?.message && message(errors.current.message)}
          {...form.register('current', { required: 'wrongPassword' })}
        />
      )}
      <NewPasswordField
        error={errors.password?.message && message(errors.password.message)}
        {...form.register('password', { required: 'tooShort' })}
      />
      <p className="text-sm text-slate-600">{t('consequence')}</p>
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('submit')}
      </Button>
    </form>
  );
}
