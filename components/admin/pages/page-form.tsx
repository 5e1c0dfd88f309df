'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { CheckboxField } from '@/components/ui/checkbox-field';
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
  const { form, pending, message, tone, errorAt, onSubmit } = useServerForm<TPageForm, TSaved>({
    schema: ZPageForm,
    defaultValues: initial,
    save: save,
    onSaved: (result) => {
      router.push(`${pagesPath}/${result.pageId}`);
      return t('saved');
    },
    words: (code) => t(`errors.${code as 'invalid'}`),
  });
  return (
    <form noValidate aria-labelledby="page-form-title" className="flex flex-col gap-4" onSubmit={onSubmit}>
      <h2 id="page-form-title" className="text-lg font-semibold">
        {t('content')}
      </h2>
      <FormAlert message={message} tone={tone} />
      <TextField label={t('pageTitle')} error={errorAt('title')} {...form.register('title')} />
      <TextField
        label={t('slug')}
        hint={t('slugHint', { path: portalPath })}
        error={errorAt('slug')}
        {...form.register('slug')}
      />
      <TextAreaField
        id="page-body"
        label={t('body')}
        hint={t('bodyHint')}
        error={errorAt('body')}
        mono
        rows={12}
        {...form.register('body')}
      />
      <CheckboxField label={t('published')} {...form.register('published')} />
      <Button type="submit" pending={pending} pendingLabel={t('saving')} className="self-start">
        {t('save')}
      </Button>
    </form>
  );
}
