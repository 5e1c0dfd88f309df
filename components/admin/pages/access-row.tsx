'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ZAccessPeriodForm } from '@/lib/pages/page-schema';
import type { TResult } from '@/lib/result';

type TSaved = TResult;

/** One client's period on a page: change its dates, or end it now. */
export function AccessRowActions({
  name,
  from,
  until,
  ended,
  change,
}: {
  name: string;
  from: string;
  until: string;
  ended: boolean;
  change: (values: { from: string; until: string } | 'end') => Promise<TSaved>;
}) {
  const t = useTranslations('admin.pages');
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState({ from, until });
  const [error, setError] = useState<string | null>(null);
  const run = (input: { from: string; until: string } | 'end') =>
    startTransition(async () => {
      if (input !== 'end') {
        const parsed = ZAccessPeriodForm.safeParse(input);
        if (!parsed.success) return setError(t(`errors.${parsed.error.issues[0].message as 'untilBeforeFrom'}`));
      }
      const result = await change(input);
      if (result.ok) {
        setError(null);
        return router.refresh();
      }
      const key = Object.values(result.fields ?? {})[0] ?? result.error;
      setError(t(`errors.${(key ?? 'invalid') as 'invalid'}`));
    });
  return (
    <form
      noValidate
      aria-label={t('periodOf', { name })}
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        run(values);
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-from`} className="text-xs font-medium">
          {t('from')}
        </label>
        <input
          id={`${id}-from`}
          type="date"
          value={values.from}
          onChange={(e) => setValues((v) => ({ ...v, from: e.target.value }))}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-2"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-until`} className="text-xs font-medium">
          {t('until')}
        </label>
        <input
          id={`${id}-until`}
          type="date"
          value={values.until}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          onChange={(e) => setValues((v) => ({ ...v, until: e.target.value }))}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-2"
        />
      </div>
      <Button type="submit" pending={pending} className="min-h-11 text-sm">
        {t('change')}
      </Button>
      {!ended && (
        <button
          type="button"
          disabled={pending}
          onClick={() => run('end')}
          className="min-h-11 rounded-lg border border-red-700 bg-white px-3 text-sm font-medium text-red-800"
        >
          {t('endNow', { name })}
        </button>
      )}
      <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-800 empty:hidden">
        {error}
      </p>
    </form>
  );
}
