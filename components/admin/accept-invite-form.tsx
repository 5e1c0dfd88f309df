'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { NewPasswordField } from '@/components/auth/new-password-field';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { applyFailure } from '@/components/ui/use-server-form';
import { ZAcceptInvite, type TAcceptInvite } from '@/lib/staff/staff-schemas';
import type { TFailure } from '@/lib/result';

type Props = {
  accept: (values: TAcceptInvite) => Promise<TFailure | undefined>;
  /** the invited address already has a Portico password: it is asked instead of a new one */
  hasAccount: boolean;
};

export function AcceptInviteForm({ accept, hasAccount }: Props) {
  const t = useTranslations('admin.staff');
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TAcceptInvite>({
    resolver: hasAccount ? undefined : zodResolver(ZAcceptInvite),
    defaultValues: { name: '', password: '' },
  });
  const error = (name: keyof TAcceptInvite) => {
    const key = form.formState.errors[name]?.message;
    return key ? t(`errors.${key as 'tooShort'}`) : undefined;
  };
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setMessage(null);
          const result = await accept(values);
          if (!result) return;
          setMessage(t(`errors.${applyFailure(form, result) as 'invalid'}`));
        }),
      )}
    >
      <FormAlert message={message} />
      {hasAccount ? (
        <TextField
          label={t('yourPassword')}
          type="password"
          autoComplete="current-password"
          error={error('password')}
          {...form.register('password')}
        />
      ) : (
        <>
          <TextField label={t('yourName')} autoComplete="name" error={error('name')} {...form.register('name')} />
          <NewPasswordField error={error('password')} {...form.register('password')} />
        </>
      )}
      <Button type="submit" pending={pending} pendingLabel={t('accepting')} className="self-start">
        {t('accept')}
      </Button>
    </form>
  );
}
