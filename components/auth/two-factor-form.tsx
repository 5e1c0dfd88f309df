'use client';
import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';

type Props = {
  /** a server action bound to its portal and callback: checks the code, signs in (redirects) or says why not */
  verify: (code: string) => Promise<{ error: 'invalid' | 'locked' | 'expired' } | undefined>;
  /** "No access to the app?": who can help, and the bound action that tells them */
  help?: { lead: string; button: string; sent: string; request: () => Promise<{ ok: boolean }> };
};

/** The second step of a sign-in: an authenticator-app code or a recovery code. */
export function TwoFactorForm({ verify, help }: Props) {
  const t = useTranslations('twoFactor');
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [helpSent, setHelpSent] = useState<string | null>(null);
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
      const result = await verify(code);
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
        <TextField
          ref={input}
          name="code"
          label={t('code')}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          className="max-w-64"
        />
        <Button type="submit" pending={pending} pendingLabel={t('submitting')}>
          {t('submit')}
        </Button>
      </form>
      {help && (
        <section aria-labelledby="no-access" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <h2 id="no-access" className="font-semibold">
            {t('noAccess')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{help.lead}</p>
          <FormAlert message={helpSent} tone="success" />
          {!helpSent && (
            <button
              type="button"
              className="mt-3 min-h-11 rounded-lg border border-slate-400 px-3 text-sm font-medium"
              onClick={() =>
                startTransition(async () => setHelpSent((await help.request()).ok ? help.sent : t('expired')))
              }
            >
              {help.button}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
