'use client';
import { useTranslations } from 'next-intl';
import { NewPasswordField } from '@/components/auth/new-password-field';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { ZAcceptInvite, type TAcceptInvite } from '@/lib/staff/staff-schemas';
import type { TFailure } from '@/lib/result';

type Props = {
  accept: (values: TAcceptInvite) => Promise<TFailure | undefined>;
  /** the invited address already has a Portico password: it is asked instead of a new one */
  hasAccount: boolean;
};

export function AcceptInviteForm({ accept, hasAccount }: Props) {
  const t = useTranslations('admin.staff');
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TAcceptInvite, TFailure | undefined>({
    schema: hasAccount ? undefined : ZAcceptInvite,
    defaultValues: { name: '', password: '' },
    save: accept,
    words: (code) => t(`errors.${code as 'invalid'}`),
  });
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={message} />
      {hasAccount ? (
        <TextField
          label={t('yourPassword')}
          type="password"
          autoComplete="current-password"
          error={errorAt('password')}
          {...form.register('password')}
        />
      ) : (
        <>
          <TextField label={t('yourName')} autoComplete="name" error={errorAt('name')} {...form.register('name')} />
          <NewPasswordField error={errorAt('password')} {...form.register('password')} />
        </>
      )}
      <Button type="submit" pending={pending} pendingLabel={t('accepting')} className="self-start">
        {t('accept')}
      </Button>
    </form>
  );
}
