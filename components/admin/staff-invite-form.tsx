'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { applyFailure } from '@/components/ui/use-server-form';
import { ZInvite, type TInvite } from '@/lib/staff/staff-schemas';
import type { TResult } from '@/lib/result';

type TSaved = TResult;

/** Invite by email with a role; the roles offered are those the inviter may give. */
export function StaffInviteForm({ invite, roles }: { invite: (values: TInvite) => Promise<TSaved>; roles: string[] }) {
  const t = useTranslations('admin.staff');
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const form = useForm<TInvite>({ resolver: zodResolver(ZInvite), defaultValues: { email: '', role: 'staff' } });
  const error = (name: keyof TInvite) => {
    const key = form.formState.errors[name]?.message;
    return key ? t(`errors.${key as 'emailInvalid'}`) : undefined;
  };
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setMessage(null);
          const result = await invite(values);
          if (result.ok) {
            setMessage({ text: t('invited', { email: values.email }), tone: 'success' });
            return form.reset();
          }
          applyFailure(form, result);
          setMessage({ text: t('errors.invalid'), tone: 'error' });
        }),
      )}
    >
      <TextField
        label={t('email')}
        type="email"
        className="min-w-64 flex-1"
        error={error('email')}
        {...form.register('email')}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-role" className="text-sm font-medium text-slate-800">
          {t('role')}
        </label>
        <select
          id="invite-role"
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-2"
          {...form.register('role')}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r as 'staff'}`)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" pending={pending} pendingLabel={t('inviting')}>
        {t('invite')}
      </Button>
      <div className="basis-full">
        <FormAlert message={message?.text} tone={message?.tone} />
      </div>
    </form>
  );
}
