'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import type { TFailure } from '@/lib/result';
import { Panel } from '@/components/ui/panel';

type TValues = { subject: string; body: string };
type TErrors = { subject?: string; body?: string; variable?: string; form?: string };
type TFail = TFailure;

/** Subject and body with {variables}; save, preview with sample data, send a test, reset. */
export function TemplateEditor({
  locale,
  initial,
  builtIn,
  customized,
  sms,
  variables,
  save,
  reset,
  preview,
  sendTest,
}: {
  locale: string;
  initial: TValues;
  builtIn: TValues;
  customized: boolean;
  sms: boolean;
  variables: string[];
  save: (values: TValues) => Promise<{ ok: true } | TFail>;
  reset: () => Promise<{ ok: boolean } | TFailure>;
  preview: (values: TValues) => Promise<{ ok: true; subject: string; body: string } | TFail>;
  sendTest: (values: TValues) => Promise<{ ok: true; email: string } | TFail>;
}) {
  const t = useTranslations('admin.notifications');
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<TErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [shown, setShown] = useState<{ subject: string; body: string } | null>(null);
  const [isCustom, setCustom] = useState(customized);
  const [pending, startTransition] = useTransition();
  const message = (key?: string) =>
    key ? t(`errors.${key as 'invalid'}`, { variable: errors.variable ? `{${errors.variable}}` : '' }) : undefined;

  const run = <R,>(call: () => Promise<R | TFail>, done: (result: R) => void) =>
    startTransition(async () => {
      setStatus(null);
      setErrors({});
      const result = await call();
      if (result && typeof result === 'object' && 'ok' in result && result.ok === false) {
        const { error, fields } = result as TFailure;
        return setErrors(fields ? { ...fields, ...(error !== 'invalid' && { form: error }) } : { form: error });
      }
      done(result as R);
    });

  return (
    <div className="flex flex-col gap-4">
      <form
        noValidate
        lang={locale}
        className="flex max-w-2xl flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () => save(values),
            () => {
              setCustom(true);
              setStatus(t('saved'));
            },
          );
        }}
      >
        {errors.form && <FormAlert message={message(errors.form)} />}
        {!sms && (
          <TextField
            label={t('subject')}
            value={values.subject}
            error={message(errors.subject)}
            onChange={(e) => setValues({ ...values, subject: e.target.value })}
          />
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="template-body" className="text-sm font-medium text-slate-800">
            {t('body')}
          </label>
          <textarea
            id="template-body"
            className="min-h-40 rounded-lg border border-slate-400 bg-white p-2 aria-invalid:border-red-700"
            value={values.body}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={
              [errors.body && 'template-body-error', sms && 'template-body-length'].filter(Boolean).join(' ') ||
              undefined
            }
            onChange={(e) => setValues({ ...values, body: e.target.value })}
          />
          {errors.body && (
            <p id="template-body-error" className="text-sm text-red-700">
              {message(errors.body)}
            </p>
          )}
          {sms && (
            <p id="template-body-length" className="text-sm text-slate-700">
              {t('smsLength', { count: values.body.length })}
            </p>
          )}
        </div>
        <div>
          <p className="text-sm font-medium">{t('variables')}</p>
          <ul className="mt-1 flex flex-wrap gap-2" lang="en">
            {variables.map((v) => (
              <li key={v}>
                <code className="rounded bg-slate-100 px-2 py-1 text-sm">{`{${v}}`}</code>
              </li>
            ))}
          </ul>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" pending={pending} pendingLabel={t('saving')}>
            {t('save')}
          </Button>
          <button
            type="button"
            className="min-h-11 rounded-lg px-3 ring-1 ring-slate-400"
            onClick={() =>
              run(
                () => preview(values),
                (r) => setShown({ subject: r.subject, body: r.body }),
              )
            }
          >
            {t('preview')}
          </button>
          <button
            type="button"
            className="min-h-11 rounded-lg px-3 ring-1 ring-slate-400"
            onClick={() =>
              run(
                () => sendTest(values),
                (r) => setStatus(t('testSent', { email: r.email })),
              )
            }
          >
            {t('sendTest')}
          </button>
          {isCustom && (
            <button
              type="button"
              className="min-h-11 rounded-lg px-3 text-red-800 ring-1 ring-red-300"
              onClick={() =>
                run(
                  () => reset(),
                  () => {
                    setValues(builtIn);
                    setCustom(false);
                    setStatus(t('resetDone'));
                  },
                )
              }
            >
              {t('reset')}
            </button>
          )}
        </div>
        <p role="status" className="text-sm text-green-800">
          {status ?? ''}
        </p>
      </form>
      {shown && (
        <Panel id="preview" title={t('previewTitle')}>
          <div lang={locale}>
            {shown.subject && <p className="mt-2 font-semibold">{shown.subject}</p>}
            <p className="mt-2 whitespace-pre-wrap">{shown.body}</p>
          </div>
        </Panel>
      )}
    </div>
  );
}
