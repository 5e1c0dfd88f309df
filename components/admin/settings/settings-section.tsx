'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { applyFailure, useSubmit } from '@/components/ui/use-server-form';
import type { TResult } from '@/lib/result';

type TSaved = TResult;

/** One settings group: its own form and Save, a confirmation once saved, the server's errors under their fields. */
export function SettingsSection<T extends FieldValues>({
  id,
  title,
  form,
  save,
  children,
}: {
  id: string;
  title: string;
  form: UseFormReturn<T>;
  save: (values: T) => Promise<TSaved>;
  children: React.ReactNode;
}) {
  const t = useTranslations('admin.settings');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const { pending, onSubmit } = useSubmit(form, async (values) => {
    setMessage(null);
    const result = await save(values);
    if (result.ok) return setMessage({ text: t('saved'), ok: true });
    applyFailure(form, result);
    setMessage({ text: t('errors.invalid'), ok: false });
  });
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
        {message && !message.ok && <FormAlert message={message.text} />}
        {children}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" pending={pending} pendingLabel={t('saving')}>
            {t('save')}
          </Button>
          <p role="status" className="text-sm text-green-800">
            {message?.ok ? message.text : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
