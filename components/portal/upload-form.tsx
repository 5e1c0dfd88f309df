'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { MAX_UPLOAD_BYTES } from '@/lib/documents/upload-limits';

/** Sends a file to the access-checked upload route; refusals are explained (size is also checked before sending). */
export function UploadForm({ portal, business }: { portal: string; business: string }) {
  const t = useTranslations('documents.upload');
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [done, setDone] = useState(false);
  // a refusal belongs to the file field: shown under it, read with it, focus there
  const [error, setError] = useState<string | null>(null);
  const refuse = (key: string) => {
    setDone(false);
    setError(t(`errors.${key as 'type'}`));
    input.current?.focus();
  };
  const [pending, startTransition] = useTransition();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setError(null);
    if (!file) return refuse('empty');
    if (file.size > MAX_UPLOAD_BYTES) return refuse('too_large');
    startTransition(async () => {
      const body = new FormData();
      body.set('file', file);
      const response = await fetch(`/api/portal/${portal}/uploads`, { method: 'POST', body }).catch(() => null);
      if (!response) return refuse('network');
      if (response.ok) {
        setDone(true);
        if (input.current) input.current.value = '';
        return router.refresh();
      }
      const { error } = (await response.json().catch(() => ({ error: 'network' }))) as { error: string };
      refuse(error);
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 rounded-2xl bg-white p-5 ring-1 ring-slate-200">
      <h2 className="text-lg font-semibold">{t('title', { business })}</h2>
      <FormAlert message={done ? t('done', { business }) : null} tone="success" />
      <label htmlFor={id} className="text-sm font-medium">
        {t('file')}
      </label>
      <input
        ref={input}
        id={id}
        name="file"
        type="file"
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        className="min-h-11 text-sm"
        accept=".pdf,.jpg,.jpeg,.png,.webp,.heic,.docx,.xlsx,.odt,application/pdf,image/*"
      />
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t('hint')}
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" pending={pending} pendingLabel={t('submitting')} className="self-start">
        {t('submit')}
      </Button>
    </form>
  );
}
