'use client';
import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { Panel } from '@/components/ui/panel';

type TResult<T> = Promise<T | { error: string }>;
type Props = {
  enabled: boolean;
  qrLabel: string;
  signInHref: string;
  /** server actions bound to their portal (or to the staff area) */
  start: () => TResult<{ qrSvg?: string; secret?: string; error?: string }>;
  confirm: (code: string) => TResult<{ recoveryCodes?: string[]; error?: string }>;
  disable: (code: string) => TResult<{ ok?: true; error?: string }>;
};

/** Turn the authenticator app on (QR, key, confirm, recovery codes shown once) or off (fresh code, confirmation). */
export function TwoFactorSettings({ enabled, qrLabel, signInHref, start, confirm: confirmCode, disable }: Props) {
  const t = useTranslations('security');
  const tf = useTranslations('twoFactor');
  const tv = useTranslations('portal.viewAs');
  const viewOnly = (result: unknown) => (result as { error?: string } | null)?.error === 'view_only';
  const [pending, startTransition] = useTransition();
  const [enrolment, setEnrolment] = useState<{ qrSvg: string; secret: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const offInput = useRef<HTMLInputElement>(null);

  if (codes) {
    return (
      <Panel id="recovery" title={t('recoveryTitle')} plain>
        <p className="text-slate-700">{t('recoveryLead')}</p>
        <ul
          aria-label={t('recoveryTitle')}
          className="grid grid-cols-2 gap-2 rounded-lg bg-white p-4 font-mono ring-1 ring-slate-200"
        >
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <a href={signInHref} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
          {tf('signInAgain')}
        </a>
      </Panel>
    );
  }

  if (enabled) {
    const turnOff = () =>
      startTransition(async () => {
        const result = await disable(offInput.current?.value ?? '');
        if (viewOnly(result)) setError(tv('refused'));
        else if (result && 'error' in result) setError(t('codeInvalid'));
      });
    return (
      <div className="flex flex-col gap-3">
        <p>{t('statusOn')}</p>
        <p className="text-sm text-slate-700">{t('turnOffLead')}</p>
        <FormAlert message={error} />
        <TextField ref={offInput} label={t('code')} autoComplete="one-time-code" className="max-w-64" />
        <ConfirmDialog
          title={t('turnOffDialogTitle')}
          body={t('turnOffDialogBody')}
          confirmLabel={t('turnOffConfirm')}
          cancelLabel={t('cancel')}
          onConfirm={turnOff}
          trigger={
            <button
              type="button"
              disabled={pending}
              className="min-h-11 self-start rounded-lg border border-red-700 px-4 font-medium text-red-800"
            >
              {t('turnOff')}
            </button>
          }
        />
      </div>
    );
  }

  if (!enrolment) {
    return (
      <div className="flex flex-col gap-3">
        <p>{t('statusOff')}</p>
        <FormAlert message={error} />
        <Button
          type="button"
          className="self-start"
          pending={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await start();
              if ('qrSvg' in result && result.qrSvg) setEnrolment({ qrSvg: result.qrSvg, secret: result.secret ?? '' });
              else setError(viewOnly(result) ? tv('refused') : tf('expired'));
            })
          }
        >
          {t('setUp')}
        </Button>
      </div>
    );
  }

  const confirm = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await confirmCode(codeInput.current?.value ?? '');
      if ('recoveryCodes' in result && result.recoveryCodes) setCodes(result.recoveryCodes);
      else {
        setError(t('confirmInvalid'));
        codeInput.current?.focus();
      }
    });
  };
  return (
    <form onSubmit={confirm} className="flex flex-col gap-4">
      <p className="text-slate-700">{t('scan')}</p>
      <div
        role="img"
        aria-label={qrLabel}
        className="size-48 bg-white p-2 ring-1 ring-slate-200"
        dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
      />
      <p className="text-sm">
        {t('key')}:{' '}
        <code className="rounded bg-slate-100 px-1 font-mono break-all" data-testid="totp-key">
          {enrolment.secret}
        </code>
      </p>
      <FormAlert message={error} />
      <TextField
        ref={codeInput}
        label={t('confirmCode')}
        inputMode="numeric"
        autoComplete="one-time-code"
        className="max-w-56"
      />
      <Button type="submit" pending={pending} className="self-start">
        {t('confirm')}
      </Button>
    </form>
  );
}
