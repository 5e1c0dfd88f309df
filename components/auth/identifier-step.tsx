'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useSubmit } from '@/components/ui/use-server-form';
import type { TCodeRequestResult } from '@/lib/actions/request-portal-code';
import { ZCodeRequest, type TCodeRequest } from '@/lib/auth/schemas';

type Props = {
  business: string;
  submitLabel: string;
  pendingLabel?: string;
  /** a server action that asks for a code (sign-in, reset, sign-up) */
  request: (values: TCodeRequest) => Promise<TCodeRequestResult>;
  onSent: (sent: { identifier: string; masked: string }) => void;
  /** the message for a business that does not offer this */
  unavailable?: string;
  /** seconds until this tab may ask for another code (the resend window of the last one) */
  waitSeconds?: number;
};

/** The first step of every code flow: the email or mobile number, then "we have sent a code". */
export function IdentifierStep({
  business,
  submitLabel,
  pendingLabel,
  request,
  onSent,
  unavailable,
  waitSeconds = 0,
}: Props) {
  const t = useTranslations('clientSignIn');
  const [error, setError] = useState<string | null>(null);
  const form = useForm<TCodeRequest>({ resolver: zodResolver(ZCodeRequest), defaultValues: { identifier: '' } });
  const fieldError = form.formState.errors.identifier?.message;
  const { pending, onSubmit } = useSubmit(form, async ({ identifier }) => {
    setError(null);
    const result = await request({ identifier });
    if (result.outcome === 'sent') return onSent({ identifier, masked: result.masked });
    setError(
      result.outcome === 'method_unavailable' && unavailable
        ? unavailable
        : t(`requestErrors.${result.outcome}`, { business }),
    );
  });

  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={error} />
      <TextField
        label={t('identifier')}
        type="text"
        inputMode="email"
        autoComplete="username webauthn"
        autoCapitalize="none"
        spellCheck={false}
        error={fieldError && t(`errors.${fieldError as 'identifierRequired'}`)}
        {...form.register('identifier')}
      />
      <Button type="submit" pending={pending} pendingLabel={pendingLabel} disabled={waitSeconds > 0}>
        {waitSeconds > 0 ? t('sendIn', { seconds: waitSeconds }) : submitLabel}
      </Button>
    </form>
  );
}
