'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useSubmit } from '@/components/ui/use-server-form';
import { TextField } from '@/components/ui/text-field';
import {
  forgetPagePassAction as forgetPagePass,
  requestPageCodeAction,
  verifyPageCodeAction,
} from '@/lib/actions/page-code';
import { ZPageCode, ZPageCodeRequest, type TPageCode, type TPageCodeRequest } from '@/lib/pages/page-code-schema';

type TErrorKey = Parameters<ReturnType<typeof useTranslations<'pages.visitor.errors'>>>[0];

/** Seed 003: the visitor types their email, receives a one-time password there (only if on the page's list), and opens the page. */
export function PageCodeForm({ portal, slug, businessName }: { portal: string; slug: string; businessName: string }) {
  const t = useTranslations('pages.visitor');
  const router = useRouter();
  const [sent, setSent] = useState<{ email: string; masked: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const request = useForm<TPageCodeRequest>({ resolver: zodResolver(ZPageCodeRequest), defaultValues: { email: '' } });
  const entry = useForm<TPageCode>({ resolver: zodResolver(ZPageCode), defaultValues: { code: '' } });
  const message = (key: string | undefined) =>
    key ? t(`errors.${key as TErrorKey}`, { business: businessName }) : undefined;

  const requestSubmit = useSubmit(request, async ({ email }) => {
    setError(null);
    const result = await requestPageCodeAction(portal, slug, { email });
    if (result.outcome === 'sent') return setSent({ email, masked: result.masked });
    setError(message(result.outcome) ?? null);
  });
  const entrySubmit = useSubmit(entry, async ({ code }) => {
    setError(null);
    if (!sent) return;
    const result = await verifyPageCodeAction(portal, slug, sent.email, { code });
    if (result.ok) return router.refresh();
    setError(message(result.error) ?? null);
  });
  const pending = requestSubmit.pending || entrySubmit.pending;

  if (!sent) {
    return (
      <form noValidate className="flex flex-col gap-4" onSubmit={requestSubmit.onSubmit}>
        <FormAlert message={error} />
        <TextField
          label={t('email')}
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          error={message(request.formState.errors.email?.message)}
          {...request.register('email')}
        />
        <Button type="submit" pending={pending} pendingLabel={t('sending')} className="self-start">
          {t('send')}
        </Button>
      </form>
    );
  }

  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={entrySubmit.onSubmit}>
      <p role="status">{t('sent', { masked: sent.masked, business: businessName })}</p>
      <FormAlert message={error} />
      <TextField
        label={t('code')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        error={message(entry.formState.errors.code?.message)}
        {...entry.register('code')}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending} pendingLabel={t('opening')}>
          {t('open')}
        </Button>
        <button
          type="button"
          className="min-h-11 px-2 underline"
          onClick={() => {
            entry.reset();
            setError(null);
            setSent(null);
          }}
        >
          {t('otherEmail')}
        </button>
      </div>
    </form>
  );
}

/** "Close this page on this device". */
export function ForgetPagePassButton({ portal, slug }: { portal: string; slug: string }) {
  const t = useTranslations('pages.visitor');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className="min-h-11 self-start rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium"
      onClick={() =>
        startTransition(async () => {
          await forgetPagePass(portal, slug);
          router.refresh();
        })
      }
    >
      {t('forget')}
    </button>
  );
}
