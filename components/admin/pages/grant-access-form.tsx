'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { applyFailure, useSubmit } from '@/components/ui/use-server-form';
import { ZGrantAccessForm, type TGrantAccessForm } from '@/lib/pages/page-schema';
import type { TFailure, TResult } from '@/lib/result';

type TSaved = TResult<{ granted: number; created: number }> | (TFailure & { invalid: string[] });

/** Seed 003: add clients to a page's list one by one or by pasting emails, with a period (none = unlimited). */
export function GrantAccessForm({
  today,
  grant,
}: {
  today: string;
  grant: (values: TGrantAccessForm) => Promise<TSaved>;
}) {
  const t = useTranslations('admin.pages');
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const form = useForm<TGrantAccessForm>({
    resolver: zodResolver(ZGrantAccessForm),
    defaultValues: { emails: '', from: today, until: '' },
  });
  const error = (name: keyof TGrantAccessForm, invalid?: string[]) => {
    const key = form.formState.errors[name]?.message;
    return key ? t(`errors.${key as 'emailsInvalid'}`, { list: invalid?.join(', ') ?? '' }) : undefined;
  };
  const [invalid, setInvalid] = useState<string[]>([]);
  const { pending, onSubmit } = useSubmit(form, async (values) => {
    setMessage(null);
    const result = await grant(values);
    if (result.ok) {
      setMessage({ text: t('granted', { count: result.granted, created: result.created }), tone: 'success' });
      form.reset({ emails: '', from: values.from, until: values.until });
      return router.refresh();
    }
    setInvalid('invalid' in result ? result.invalid : []);
    setMessage({ text: t(`errors.${applyFailure(form, result) as 'invalid'}`), tone: 'error' });
  });

  return (
    <form noValidate aria-labelledby="grant-title" className="flex flex-col gap-3" onSubmit={onSubmit}>
      <h3 id="grant-title" className="font-semibold">
        {t('grant')}
      </h3>
      <FormAlert message={message?.text} tone={message?.tone} />
      <TextAreaField
        id="grant-emails"
        label={t('emails')}
        hint={t('emailsHint')}
        error={error('emails', invalid)}
        {...form.register('emails')}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t('from')} type="date" error={error('from')} {...form.register('from')} />
        <TextField
          label={t('until')}
          hint={t('untilHint')}
          type="date"
          error={error('until')}
          {...form.register('until')}
        />
      </div>
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('grantButton')}
      </Button>
    </form>
  );
}
