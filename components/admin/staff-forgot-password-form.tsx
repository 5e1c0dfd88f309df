'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useSubmit } from '@/components/ui/use-server-form';
import { requestStaffResetAction } from '@/lib/actions/staff-password-reset';

/** Staff "Forgot password?": one answer for every address, so nobody learns who is staff. */
export function StaffForgotPasswordForm() {
  const t = useTranslations('staffReset');
  const [sent, setSent] = useState(false);
  const form = useForm<{ email: string }>({ defaultValues: { email: '' } });
  const { pending, onSubmit } = useSubmit(form, async (values) => {
    const result = await requestStaffResetAction(values);
    if ('error' in result) form.setError('email', { message: result.error }, { shouldFocus: true });
    else setSent(true);
  });

  if (sent)
    return (
      <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 ring-1 ring-green-200">
        {t('sent')}
      </p>
    );
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <TextField
        label={t('email')}
        type="email"
        autoComplete="email"
        error={form.formState.errors.email && t('errors.emailInvalid')}
        {...form.register('email')}
      />
      <Button type="submit" pending={pending} pendingLabel={t('sending')}>
        {t('send')}
      </Button>
    </form>
  );
}
