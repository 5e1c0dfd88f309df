'use client';
import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { requestTwoFactorHelpAction, verifyTwoFactorAction } from '@/lib/actions/two-factor-sign-in';

export function TwoFactorForm({ portal, business, callbackUrl }: { portal: string; business: string; callbackUrl?: string }) {
  const t = useTranslations('twoFactor');
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [help, setHelp] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    if (!code) {
      setError(t('required'));
      return input.current?.focus();
    }
    startTransition(async () => {
      setError(null);
      const result = await verifyTwoFactorAction(portal, code, callbackUrl);
      if (result?.error) {
        setError(t(result.error));
        input.current?.focus();
      }
    });
  };

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <FormAlert message={error} />
        <TextField ref={input} name="code" label={t('code')} autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} className="max-w-64" />
        <Button type="submit" pending={pending} pendingLabel={t('submitting')}>{t('submit')}</Button>
      </form>
      <section aria-labelledby="no-access" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="no-access" className="font-semibold">{t('noAccess')}</h2>
        <p className="mt-1 text-sm text-slate-700">{t('noAccessLead', { business })}</p>
        <FormAlert message={help} tone="success" />
        {!help && (
          <button
            type="button"
            className="mt-3 min-h-11 rounded-lg border border-slate-400 px-3 text-sm font-medium"
            onClick={() => startTransition(async () => setHelp((await requestTwoFactorHelpAction(portal)).ok ? t('helpSent', { business }) : t('expired')))}
          >
            {t('askBusiness', { business })}
          </button>
        )}
      </section>
    </div>
  );
}
