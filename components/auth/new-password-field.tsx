'use client';
import { forwardRef } from 'react';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';

type Props = React.InputHTMLAttributes<HTMLInputElement> & { error?: string };

/** A new password: typed for password managers, with the length advice under it. */
export const NewPasswordField = forwardRef<HTMLInputElement, Props>(function NewPasswordField(
  { error, ...props },
  ref,
) {
  const t = useTranslations('forgotPassword');
  return (
    <TextField
      ref={ref}
      label={t('newPassword')}
      hint={t('newPasswordHint')}
      type="password"
      autoComplete="new-password"
      maxLength={128}
      error={error}
      {...props}
    />
  );
});
