'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { MAX_UPLOAD_BYTES } from '@/lib/portal/upload-limits';

/** Sends a file to the access-checked upload route; refusals are explained (size is also checked before sending). */
export function UploadForm({ portal, business }: { portal: string; business: string }) {
  const t = useTranslations('documents.upload');
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ text: t('errors.empty'), tone: 'error' });
    if (file.size > MAX_UPLOAD_BYTES) return setMessage({ text: t('errors.too_large'), tone: 'error' });
    startTransition(async () => {
      const body = new FormData();
      body.set('file', file);
      const response = await fetch(`/api/portal/${portal}/uploads`, { method: 'POST', body }).catch(() => null);
      if (!response) return setMessage({ text: t('errors.network'), tone: 'error' });
      if (response.ok) {
        setMessage({ text: t('done', { business }), tone: 'success' });
        if (input.current) input.current.value = '';
        return router.refresh();
      }
      const { error } = (await response.json().catch(() => ({ error: 'network' }))) as { error: string };
      setMessage({ text: t(`errors.${error as 'type'}`), tone: 'error' });
      input.current?.focus();
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 rounded-2xl bg-white p-5 ring-1 ring-slate-200">
      <h2 className="text-lg font-semibold">{t('title', { business })}</h2>
      <FormAlert message={message?.text} tone={message?.tone} />
      <label htmlFor={id} className="text-sm font-medium">
        {t('file')}
      </label>
      <input
        ref={input}
        id={id}
        name="file"
        type="file"
        aria-describedby={`${id}-hint`}
        className="min-h-11 text-sm"
        accept=".pdf,.jpg,.jpeg,.png,.webp,.heic,.docx,.xlsx,.odt,application/pdf,image/*"
      />
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t('hint')}
      </p>
      <Button type="submit" pending={pending} pendingLabel={t('submitting')} className="self-start">
        {t('submit')}
      </Button>
    </form>
  );
}
