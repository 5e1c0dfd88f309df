'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { ZInvite, type TInvite } from '@/lib/staff/staff-schemas';
import type { TResult } from '@/lib/result';

type TSaved = TResult;

/** Invite by email with a role; the roles offered are those the inviter may give. */
export function StaffInviteForm({ invite, roles }: { invite: (values: TInvite) => Promise<TSaved>; roles: string[] }) {
  const t = useTranslations('admin.staff');
  const { form, pending, message, tone, errorAt, onSubmit } = useServerForm<TInvite, TSaved>({
    schema: ZInvite,
    defaultValues: { email: '', role: 'staff' },
    save: invite,
    onSaved: (_, values) => {
      form.reset();
      return t('invited', { email: values.email });
    },
    words: () => t('errors.invalid'),
  });
  return (
    <form noValidate className="flex flex-wrap items-end gap-3" onSubmit={onSubmit}>
      <TextField
        label={t('email')}
        type="email"
        className="min-w-64 flex-1"
        error={errorAt('email')}
        {...form.register('email')}
      />
      <SelectField id="invite-role" label={t('role')} {...form.register('role')}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r as 'staff'}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" pending={pending} pendingLabel={t('inviting')}>
        {t('invite')}
      </Button>
      <div className="basis-full">
        <FormAlert message={message} tone={tone} />
      </div>
    </form>
  );
}
