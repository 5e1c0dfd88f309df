'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';

type Props = {
  shared: boolean;
  title: string;
  /** the server action, bound to the business and the document */
  setShared: (shared: boolean) => Promise<{ ok: boolean } | { error: string }>;
};

/** Share a document with the client, or take it back: one button that says what it will do. */
export function ShareToggle({ shared, title, setShared }: Props) {
  const t = useTranslations('admin.documents');
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await setShared(!shared);
            setFailed(!('ok' in result && result.ok));
          })
        }
        className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium"
      >
        {shared ? t('unshare', { title }) : t('share', { title })}
      </button>
      {failed && (
        <span role="alert" className="text-sm text-red-800">
          {t('errors.notFound')}
        </span>
      )}
    </span>
  );
}
