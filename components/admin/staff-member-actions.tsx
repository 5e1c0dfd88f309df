'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import type { TResult } from '@/lib/result';

type Props = {
  name: string;
  role: string;
  roles: string[];
  changeRole: (role: string) => Promise<TResult>;
  remove: () => Promise<TResult>;
};

/** A member's role (changed in place) and removal, with what each refusal means. */
export function StaffMemberActions({ name, role, roles, changeRole, remove }: Props) {
  const t = useTranslations('admin.staff');
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [value, setValue] = useState(role);
  const run = (action: () => Promise<TResult>) =>
    startTransition(async () => {
      const result = await action();
      const ok = 'ok' in result && result.ok;
      if (!ok) setValue(role); // the server refused: show the role as it is
      setError(ok ? null : t(`errors.${(result.error ?? 'invalid') as 'lastOwner'}`));
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t('roleOf', { name })}
      </label>
      <select
        id={id}
        value={value}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          run(() => changeRole(next));
        }}
        className="min-h-11 rounded-lg border border-slate-400 bg-white px-2"
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r as 'staff'}`)}
          </option>
        ))}
      </select>
      <ConfirmDialog
        trigger={
          <button
            type="button"
            disabled={pending}
            className="min-h-11 rounded-lg border border-red-700 px-3 text-sm font-medium text-red-800"
          >
            {t('remove')}
          </button>
        }
        title={t('removeTitle', { name })}
        body={t('removeBody')}
        cancelLabel={t('keep')}
        confirmLabel={t('removeConfirm')}
        onConfirm={() => run(remove)}
      />
      <FormAlert message={error} />
    </div>
  );
}
