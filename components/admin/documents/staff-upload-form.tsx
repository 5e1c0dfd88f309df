'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { MAX_UPLOAD_BYTES } from '@/lib/documents/upload-limits';

/** Staff add a document to a client's card through the access-checked route; refusals are explained. */
export function StaffUploadForm({
  action,
  heading,
  clientName,
}: {
  action: string;
  heading: string;
  /** for a client's card: a title and "share now"; a page's file has neither */
  clientName?: string;
}) {
  const t = useTranslations('admin.documents');
  const te = useTranslations('documents.upload');
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const [pending, startTransition] = useTransition();
  const error = (key: string) =>
    key === 'notFound' || key === 'forbidden' ? t(`errors.${key}`) : te(`errors.${key as 'type'}`);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ text: te('errors.empty'), tone: 'error' });
    if (file.size > MAX_UPLOAD_BYTES) return setMessage({ text: te('errors.too_large'), tone: 'error' });
    startTransition(async () => {
      const response = await fetch(action, { method: 'POST', body }).catch(() => null);
      if (!response) return setMessage({ text: te('errors.network'), tone: 'error' });
      if (response.ok) {
        const shared = body.get('share') === '1';
        const done = !clientName ? t('attached') : shared ? t('addedShared', { name: clientName }) : t('added');
        setMessage({ text: done, tone: 'success' });
        form.current?.reset();
        return router.refresh();
      }
      const { error: key } = (await response.json().catch(() => ({ error: 'network' }))) as { error: string };
      setMessage({ text: error(key), tone: 'error' });
      input.current?.focus();
    });
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h3 id={`${id}-title`} className="font-semibold">
        {heading}
      </h3>
      <FormAlert message={message?.text} tone={message?.tone} />
      <label htmlFor={`${id}-file`} className="text-sm font-medium">
        {te('file')}
      </label>
      <input
        ref={input}
        id={`${id}-file`}
        name="file"
        type="file"
        aria-describedby={`${id}-hint`}
        className="min-h-11 text-sm"
        accept=".pdf,.jpg,.jpeg,.png,.webp,.heic,.docx,.xlsx,.odt,application/pdf,image/*"
      />
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {te('hint')}
      </p>
      {clientName && (
        <>
          <label htmlFor={`${id}-name`} className="text-sm font-medium">
            {t('title')}
          </label>
          <input
            id={`${id}-name`}
            name="title"
            maxLength={120}
            className="min-h-11 rounded-lg border border-slate-400 bg-white px-3"
          />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="share" value="1" defaultChecked className="size-5" />
            {t('shareNow', { name: clientName })}
          </label>
        </>
      )}
      <Button type="submit" pending={pending} pendingLabel={te('submitting')} className="self-start">
        {te('submit')}
      </Button>
    </form>
  );
}
