'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useSubmit, applyFailure } from '@/components/ui/use-server-form';
import { TextField } from '@/components/ui/text-field';
import type { TFailure } from '@/lib/result';
import { confirmContactChangeAction, startContactChangeAction } from '@/lib/actions/contact-change';
import {
  ZContactConfirm,
  ZContactStart,
  type TContactConfirm,
  type TContactKind,
  type TContactStart,
} from '@/lib/clients/contact-change-schema';

type Props = {
  portal: string;
  businessName: string;
  kind: TContactKind;
  /** the business country's calling code: numbers without one are read as that country's */
  callingCode: string;
  /** how the client proves it is them: their password, or a second code (to this masked address) */
  proof: { by: 'password' } | { by: 'code'; masked: string | null };
  /** a change already waiting for its code(s) (after a reload) */
  pending: { sentTo: string; proofSentTo: string | null } | null;
};

type TErrorKey = Parameters<ReturnType<typeof useTranslations<'profile.change.errors'>>>[0];

/** Two steps: the new address (+ password), then the code(s). Server errors land under their fields. */
export function ContactChangeForm({ portal, businessName, kind, callingCode, proof, pending: initialPending }: Props) {
  const t = useTranslations('profile.change');
  const router = useRouter();
  const [sent, setSent] = useState(initialPending);
  const [formError, setFormError] = useState<string | null>(null);
  const start = useForm<TContactStart>({
    resolver: zodResolver(ZContactStart),
    defaultValues: { value: '', password: '' },
  });
  const confirm = useForm<TContactConfirm>({
    resolver: zodResolver(ZContactConfirm),
    defaultValues: { code: '', proofCode: '' },
  });
  const errorText = (key: string | undefined) =>
    key ? t(`errors.${key as TErrorKey}`, { business: businessName }) : undefined;
  const fieldError = <T extends FieldValues>(form: UseFormReturn<T>, name: string) =>
    errorText((form.formState.errors as Record<string, { message?: string }>)[name]?.message);

  function apply<T extends FieldValues>(form: UseFormReturn<T>, failure: TFailure) {
    if (failure.error === 'unauthorized') return router.refresh();
    const code = applyFailure(form, failure);
    if (code !== 'invalid') setFormError(code);
  }

  const startSubmit = useSubmit(start, async (values) => {
    setFormError(null);
    const result = await startContactChangeAction(portal, kind, values);
    if (result.ok) return setSent({ sentTo: result.sentTo, proofSentTo: result.proofSentTo });
    apply(start, result);
  });
  const confirmSubmit = useSubmit(confirm, async (values) => {
    setFormError(null);
    if (sent?.proofSentTo && !values.proofCode.trim())
      return confirm.setError('proofCode', { message: 'codeRequired' }, { shouldFocus: true });
    const result = await confirmContactChangeAction(portal, values);
    if (result.ok) return router.push(`/p/${portal}/profile?changed=${kind}`);
    apply(confirm, result);
  });
  const busy = startSubmit.pending || confirmSubmit.pending;

  if (!sent) {
    return (
      <form noValidate className="flex flex-col gap-4" onSubmit={startSubmit.onSubmit}>
        <FormAlert message={formError ? t(`errors.${formError as TErrorKey}`, { business: businessName }) : null} />
        <TextField
          label={kind === 'email' ? t('newEmail') : t('newPhone')}
          type={kind === 'email' ? 'email' : 'tel'}
          autoComplete={kind === 'email' ? 'email' : 'tel'}
          inputMode={kind === 'email' ? 'email' : 'tel'}
          hint={kind === 'phone' ? t('phoneHint', { code: callingCode }) : undefined}
          error={fieldError(start, 'value')}
          {...start.register('value')}
        />
        {proof.by === 'password' ? (
          <TextField
            label={t('password')}
            type="password"
            autoComplete="current-password"
            hint={t('passwordHint')}
            error={fieldError(start, 'password')}
            {...start.register('password')}
          />
        ) : (
          proof.masked && <p className="text-sm text-slate-700">{t('proofByCode', { masked: proof.masked })}</p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" pending={busy} pendingLabel={t('sending')}>
            {t('send')}
          </Button>
          <Link href={`/p/${portal}/profile`} className="min-h-11 content-center px-2 underline">
            {t('cancel')}
          </Link>
        </div>
      </form>
    );
  }

  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={confirmSubmit.onSubmit}>
      <FormAlert message={formError ? t(`errors.${formError as TErrorKey}`, { business: businessName }) : null} />
      <p role="status" className="text-slate-800">
        {t('codeSent', { masked: sent.sentTo })}
      </p>
      <TextField
        label={t('code', { masked: sent.sentTo })}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        error={fieldError(confirm, 'code')}
        {...confirm.register('code')}
      />
      {sent.proofSentTo && (
        <TextField
          label={t('currentCode', { masked: sent.proofSentTo })}
          inputMode="numeric"
          autoComplete="off"
          maxLength={7}
          error={fieldError(confirm, 'proofCode')}
          {...confirm.register('proofCode')}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={busy} pendingLabel={t('confirming')}>
          {t('confirm')}
        </Button>
        <button
          type="button"
          className="min-h-11 px-2 underline"
          onClick={() => {
            confirm.reset();
            setFormError(null);
            setSent(null);
          }}
        >
          {t('resend')}
        </button>
      </div>
    </form>
  );
}
