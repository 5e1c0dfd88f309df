'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { requestSignInCodeAction, verifySignInCodeAction } from '@/lib/actions/sign-in-codes';
import { RESEND_AFTER_MS } from '@/lib/auth/codes/limits';
import { ZCodeEntry, type TCodeEntry } from '@/lib/auth/schemas';
import { IdentifierStep } from './identifier-step';

const RESEND_SECONDS = RESEND_AFTER_MS / 1000;

/** Sign-in by a one-time code: the identifier first, then the code, with a resend countdown. */
export function CodeSignIn({
  portal,
  business,
  callbackUrl,
}: {
  portal: string;
  business: string;
  callbackUrl?: string;
}) {
  const t = useTranslations('clientSignIn');
  const [sent, setSent] = useState<{ identifier: string; masked: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [seconds, setSeconds] = useState(0);
  const codeForm = useForm<TCodeEntry>({
    resolver: zodResolver(ZCodeEntry),
    defaultValues: { code: '', remember: false },
  });
  const heading = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setTimeout(() => setSeconds((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [seconds]);

  const resend = (identifier: string) =>
    startTransition(async () => {
      setError(null);
      const result = await requestSignInCodeAction(portal, { identifier });
      if (result.outcome !== 'sent') return setError(t(`requestErrors.${result.outcome}`, { business }));
      setNotice(t('resent', { business }));
      setSeconds(RESEND_SECONDS);
    });

  if (!sent) {
    return (
      <IdentifierStep
        business={business}
        submitLabel={t('sendCode')}
        pendingLabel={t('sendingCode')}
        request={requestSignInCodeAction.bind(null, portal)}
        onSent={(next) => {
          setSent(next);
          setSeconds(RESEND_SECONDS);
          setTimeout(() => heading.current?.focus(), 0);
        }}
      />
    );
  }

  const verify = codeForm.handleSubmit((values) =>
    startTransition(async () => {
      setError(null);
      const result = await verifySignInCodeAction(portal, sent.identifier, values, callbackUrl);
      if (result?.error) {
        setError(t(`codeErrors.${result.error}`));
        codeForm.setFocus('code');
      }
    }),
  );
  const codeError = codeForm.formState.errors.code?.message;

  return (
    <div className="flex flex-col gap-4">
      <p ref={heading} tabIndex={-1} className="rounded-lg bg-white p-3 text-slate-800 ring-1 ring-slate-200">
        {t('codeSent', { business, destination: sent.masked })}
      </p>
      <FormAlert message={notice} tone="success" />
      <form onSubmit={verify} noValidate className="flex flex-col gap-4">
        <FormAlert message={error} />
        <TextField
          label={t('code')}
          hint={t('codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          className="max-w-56"
          error={codeError && t(`codeErrors.${codeError as 'codeFormat'}`)}
          {...codeForm.register('code')}
        />
        <label className="flex min-h-11 items-center gap-3 text-sm">
          <input type="checkbox" className="size-5" {...codeForm.register('remember')} />
          {t('remember')}
        </label>
        <Button type="submit" pending={pending} pendingLabel={t('verifying')}>
          {t('verify')}
        </Button>
      </form>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={seconds > 0 || pending}
          onClick={() => resend(sent.identifier)}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium disabled:text-slate-500"
        >
          {seconds > 0 ? t('resendIn', { seconds }) : t('resend')}
        </button>
        <button
          type="button"
          onClick={() => {
            setSent(null);
            setError(null);
            setNotice(null);
          }}
          className="min-h-11 px-2 text-sm text-blue-800 underline"
        >
          {t('changeIdentifier')}
        </button>
      </div>
    </div>
  );
}
