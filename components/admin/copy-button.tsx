'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Copies a text (the portal address, seed 001 "Copy") and says so where a screen reader hears it. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations('admin.portal');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setState('copied'),
            () => setState('failed'),
          )
        }
        className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium"
      >
        {label}
      </button>
      <p role="status" className="text-sm text-slate-700">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </p>
    </div>
  );
}
