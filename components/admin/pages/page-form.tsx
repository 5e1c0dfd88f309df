'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { applyFailure } from '@/components/ui/use-server-form';
import { ZPageForm, type TPageForm } from '@/lib/pages/page-schema';
import type { TResult } from '@/lib/result';

type TSaved = TResult<{ pageId: string }>;

/** A restricted page's title, address, content (Markdown) and whether it is published. */
export function PageForm({
  initial,
  save,
  pagesPath,
  portalPath,
}: {
  initial: TPageForm;
  save: (values: TPageForm) => Promise<TSaved>;
  pagesPath: string;
  /** the portal's pages path, to show the address the page will have */
  portalPath: string;
}) {
  const t = useTranslations('admin.pages');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const form = useForm<TPageForm>({ resolver: zodResolver(ZPageForm), defaultValues: initial });
  const error = (name: keyof TPageForm) => {
    const key = form.formState.errors[name]?.message;
    return key ? t(`errors.${key as 'slugTaken'}`) : undefined;
  };
  return (
    <form
      noValidate
      aria-labelledby="page-form-title"
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setMessage(null);
          const result = await save(values);
          if (result.ok) {
            setMessage({ text: t('saved'), tone: 'success' });
            return router.push(`${pagesPath}/${result.pageId}`);
          }
          setMessage({ text: t(`errors.${applyFailure(form, result) as 'invalid'}`), tone: 'error' });
        }),
      )}
    >
      <h2 id="page-form-title" className="text-lg font-semibold">
        {t('content')}
      </h2>
      <FormAlert message={message?.text} tone={message?.tone} />
      <TextField label={t('pageTitle')} error={error('title')} {...form.register('title')} />
      <TextField
        label={t('slug')}
        hint={t('slugHint', { path: portalPath })}
        error={error('slug')}
        {...form.register('slug')}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="page-body" className="text-sm font-medium text-slate-800">
          {t('body')}
        </label>
        <p id="page-body-hint" className="text-sm text-slate-600">
          {t('bodyHint')}
        </p>
        <textarea
          id="page-body"
          aria-describedby="page-body-hint"
          aria-invalid={error('body') ? true : undefined}
          className="min-h-48 rounded-lg border border-slate-400 bg-white p-2 font-mono text-sm"
          {...form.register('body')}
        />
        {error('body') && <p className="text-sm text-red-800">{error('body')}</p>}
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" className="size-5" {...form.register('published')} />
        {t('published')}
      </label>
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('save')}
      </Button>
    </form>
  );
}
