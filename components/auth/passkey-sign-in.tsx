'use client';
import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  WebAuthnAbortService,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { useTranslations } from 'next-intl';
import { useEffect, useEffectEvent, useState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import type { TFailure, TResult } from '@/lib/result';

type TPasskeyError = 'refused' | 'cancelled' | 'rate_limited' | 'failed';

/**
 * "Sign in with a passkey", and the same offered in the browser's autofill of the page's
 * `autocomplete="username webauthn"` field where the browser can (conditional mediation). The server
 * answers one generic refusal; a cancelled or timed-out prompt says so. A passkey counts as both
 * factors: the action makes the session and redirects.
 */
export function PasskeySignIn({
  options,
  signIn,
}: {
  options: () => Promise<TResult<{ options: PublicKeyCredentialRequestOptionsJSON }>>;
  signIn: (response: AuthenticationResponseJSON) => Promise<TFailure | undefined>;
}) {
  const t = useTranslations('passkeys');
  const [error, setError] = useState<TPasskeyError | 'unsupported' | null>(null);
  const [pending, setPending] = useState(false);

  const ceremony = async (useBrowserAutofill: boolean) => {
    const started = await options();
    if (!started.ok) {
      if (!useBrowserAutofill) setError(started.error === 'rate_limited' ? 'rate_limited' : 'failed');
      return;
    }
    let response: AuthenticationResponseJSON;
    try {
      response = await startAuthentication({ optionsJSON: started.options, useBrowserAutofill });
    } catch {
      // the autofill's request is cancelled when the button starts its own: nothing to say then
      if (!useBrowserAutofill) setError('cancelled');
      return;
    }
    setPending(true);
    const refused = await signIn(response);
    setPending(false);
    if (refused) setError(refused.error === 'rate_limited' ? 'rate_limited' : 'refused');
  };

  const onClick = async () => {
    setError(null);
    if (!browserSupportsWebAuthn()) return setError('unsupported');
    setPending(true);
    await ceremony(false);
    setPending(false);
  };

  // the autofill request starts once, when the page opens
  const startAutofill = useEffectEvent(() => void ceremony(true));
  useEffect(() => {
    let live = true;
    void browserSupportsWebAuthnAutofill().then((can) => {
      if (can && live) startAutofill();
    });
    return () => {
      live = false;
      WebAuthnAbortService.cancelCeremony();
    };
  }, []);

  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={error ? (error === 'unsupported' ? t('unsupported') : t(`errors.${error}`)) : null} />
      <button
        type="button"
        onClick={() => void onClick()}
        disabled={pending}
        aria-busy={pending || undefined}
        className="min-h-12 rounded-xl border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50 disabled:opacity-70"
      >
        {pending ? t('signingIn') : t('signIn')}
      </button>
    </div>
  );
}
