'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import type { TCodeRequestResult } from '@/lib/actions/request-portal-code';
import { ZCodeEntry, type TCodeEntry } from '@/lib/auth/schemas';
import { IdentifierStep } from './identifier-step';
import { useCodeStep } from './use-code-step';

type TVerify = (identifier: string, values: TCodeEntry) => Promise<{ error: string } | undefined>;

/**
 * Sign-in by a one-time code: the identifier first, then the code, with a resend countdown.
 * For a portal (its bound actions) and for /login (the person's portals); `flow` keys the
 * step kept across a reload.
 */
export function CodeSignIn({
  flow,
  business,
  request,
  verify: verifyCode,
  remember = true,
}: {
  flow: string;
  /** who "if this belongs to a client of …" names */
  business: string;
  request: (values: { identifier: string }) => Promise<TCodeRequestResult>;
  verify: TVerify;
  /** offer "keep me signed in" (a portal session) */
  remember?: boolean;
}) {
  const t = useTranslations('clientSignIn');
  const { sent, setSent, back, forget, restore, seconds } = useCodeStep(flow);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const codeForm = useForm<TCodeEntry>({
    resolver: zodResolver(ZCodeEntry),
    defaultValues: { code: '', remember: false },
  });
  const heading = useRef<HTMLParagraphElement>(null);

  const resend = (identifier: string) =>
    startTransition(async () => {
      setError(null);
      const result = await request({ identifier });
      if (result.outcome !== 'sent') return setError(t(`requestErrors.${result.outcome}`, { business }));
      setNotice(t('resent', { business }));
      setSent({ identifier, masked: result.masked });
    });

  if (!sent) {
    return (
      <IdentifierStep
        business={business}
        submitLabel={t('sendCode')}
        pendingLabel={t('sendingCode')}
        request={request}
        waitSeconds={seconds}
        onSent={(next) => {
          setSent(next);
          setNotice(null);
          setTimeout(() => heading.current?.focus(), 0);
        }}
      />
    );
  }

  const verify = codeForm.handleSubmit((values) => {
    // once signed in, the step is over (a refused code keeps it); outside the transition, so
    // the code field stays on screen while the code is checked
    forget();
    startTransition(async () => {
      setError(null);
      const result = await verifyCode(sent.identifier, values);
      if (result?.error) {
        restore();
        // under the code field, announced with it, focus there
        codeForm.setError('code', { message: result.error }, { shouldFocus: true });
      }
    });
  });
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
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          className="max-w-56"
          error={codeError && t(`codeErrors.${codeError as 'codeFormat'}`)}
          hint={codeError ? undefined : t('codeHint')}
          {...codeForm.register('code')}
        />
        {remember && (
          <label className="flex min-h-11 items-center gap-3 text-sm">
            <input type="checkbox" className="size-5" {...codeForm.register('remember')} />
            {t('remember')}
          </label>
        )}
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
            back();
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
