'use client';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useServerForm } from '@/components/ui/use-server-form';
import type { TFailure } from '@/lib/result';
import { ZResetWithLink, type TResetWithLink } from '@/lib/auth/passwords/password-policy';
import { NewPasswordField } from './new-password-field';
import { usePasswordErrorMessage } from './use-password-error-message';

type Props = {
  /** the server action, bound to the portal and the link's token */
  submit: (values: TResetWithLink) => Promise<TFailure | undefined>;
  /** what to say when the link no longer works */
  invalidMessage: string;
  submitLabel: string;
  pendingLabel?: string;
};

/** A new password set from an emailed link (a reset link, a welcome link). */
export function LinkPasswordForm({ submit, invalidMessage, submitLabel, pendingLabel }: Props) {
  const words = usePasswordErrorMessage(() => invalidMessage);
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TResetWithLink, TFailure | undefined>({
    schema: ZResetWithLink,
    defaultValues: { password: '' },
    save: submit,
    words,
  });
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={message} />
      <NewPasswordField error={errorAt('password')} {...form.register('password')} />
      <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
        {submitLabel}
      </Button>
    </form>
  );
}
