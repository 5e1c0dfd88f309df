'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { ZResetWithLink, type TResetWithLink } from '@/lib/auth/passwords/password-policy';
import { NewPasswordField } from './new-password-field';
import { usePasswordErrorMessage } from './use-password-error-message';

type Props = {
  /** the server action, bound to the portal and the link's token */
  submit: (values: TResetWithLink) => Promise<{ error?: string } | undefined>;
  /** what to say when the link no longer works */
  invalidMessage: string;
  submitLabel: string;
  pendingLabel?: string;
};

/** A new password set from an emailed link (a reset link, a welcome link). */
export function LinkPasswordForm({ submit, invalidMessage, submitLabel, pendingLabel }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<TResetWithLink>({ resolver: zodResolver(ZResetWithLink), defaultValues: { password: '' } });
  const message = usePasswordErrorMessage(() => invalidMessage);
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setError(null);
          const result = await submit(values);
          if (result?.error) setError(message(result.error));
        }),
      )}
    >
      <FormAlert message={error} />
      <NewPasswordField
        error={form.formState.errors.password && message(form.formState.errors.password.message!)}
        {...form.register('password')}
      />
      <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
        {submitLabel}
      </Button>
    </form>
  );
}
