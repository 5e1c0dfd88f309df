'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { LanguageSelect } from '@/components/ui/choice-selects';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import type { TResult } from '@/lib/result';

type TValues = { locale: string; title: string; body: string };
const ERRORS = new Set([
  'titleRequired',
  'titleTooLong',
  'bodyRequired',
  'bodyTooLong',
  'tooMany',
  'invalid',
  'forbidden',
]);

/** A new saved reply: its language, a title staff pick it by, and the text. */
export function CannedReplyForm({
  save,
  languages,
  defaultLocale,
}: {
  save: (values: TValues) => Promise<TResult>;
  languages: { code: string; name: string }[];
  defaultLocale: string;
}) {
  const t = useTranslations('admin.inbox.replies');
  const router = useRouter();
  const { form, pending, message, tone, errorAt, onSubmit } = useServerForm<TValues, TResult>({
    defaultValues: { locale: defaultLocale, title: '', body: '' },
    save,
    onSaved: () => {
      form.reset({ locale: form.getValues('locale'), title: '', body: '' });
      router.refresh();
      return t('added');
    },
    words: (code) => t(`errors.${ERRORS.has(code) ? (code as 'invalid') : 'failed'}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={message} tone={tone} />
      <LanguageSelect label={t('language')} languages={languages} className="max-w-64" {...form.register('locale')} />
      <TextField label={t('name')} error={errorAt('title')} {...form.register('title')} />
      <TextAreaField label={t('text')} rows={4} error={errorAt('body')} {...form.register('body')} />
      <Button type="submit" pending={pending} pendingLabel={t('adding')} className="self-start">
        {t('add')}
      </Button>
    </form>
  );
}
