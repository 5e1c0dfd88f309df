'use client';
import {
  browserSupportsWebAuthn,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { ZPasskeyName } from '@/lib/auth/passkeys/schemas';
import { fail, type TResult } from '@/lib/result';

/** One passkey as the Security page shows it: its dates already in the reader's words. */
export type TPasskeyItem = { id: string; name: string; added: string; lastUsed: string | null; backedUp: boolean };

const ZName = z.object({ name: ZPasskeyName });
const ERROR_CODES = new Set([
  'nameRequired',
  'nameTooLong',
  'refused',
  'cancelled',
  'too_many',
  'rate_limited',
  'notFound',
  'unauthorized',
  'view_only',
  'invalid',
]);

/**
 * The person's passkeys (name, when added, when last used, whether synced) with "Remove", and
 * "Add a passkey": a name, then the device's own prompt (face, fingerprint, screen lock).
 */
export function PasskeySettings({
  passkeys,
  start,
  add,
  remove,
}: {
  passkeys: TPasskeyItem[];
  start: () => Promise<TResult<{ options: PublicKeyCredentialCreationOptionsJSON }>>;
  add: (values: { name: string; response: RegistrationResponseJSON }) => Promise<TResult>;
  remove: (id: string) => Promise<TResult>;
}) {
  const t = useTranslations('passkeys');
  const router = useRouter();
  const words = (code: string) =>
    code === 'unsupported' ? t('unsupported') : t(`errors.${ERROR_CODES.has(code) ? (code as 'refused') : 'failed'}`);
  const { form, pending, message, tone, errorAt, onSubmit } = useServerForm<{ name: string }, TResult | undefined>({
    schema: ZName,
    defaultValues: { name: '' },
    save: async ({ name }) => {
      if (!browserSupportsWebAuthn()) return fail('unsupported');
      const started = await start();
      if (!started.ok) return started;
      let response: RegistrationResponseJSON;
      try {
        response = await startRegistration({ optionsJSON: started.options });
      } catch {
        return fail('cancelled');
      }
      return add({ name, response });
    },
    onSaved: () => {
      form.reset();
      router.refresh();
      return t('added');
    },
    words,
  });
  return (
    <div className="flex flex-col gap-4">
      <p className="text-slate-700">{t('lead')}</p>
      {passkeys.length === 0 ? (
        <p className="text-slate-700">{t('none')}</p>
      ) : (
        <ul
          aria-label={t('listLabel')}
          className="flex flex-col divide-y divide-slate-200 rounded-lg ring-1 ring-slate-200"
        >
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div className="flex flex-col gap-1">
                <span className="font-medium text-slate-900">
                  {passkey.name} {passkey.backedUp && <Badge tone="neutral">{t('synced')}</Badge>}
                </span>
                <span className="text-sm text-slate-700">
                  {t('addedOn', { date: passkey.added })} ·{' '}
                  {passkey.lastUsed ? t('lastUsed', { date: passkey.lastUsed }) : t('neverUsed')}
                </span>
              </div>
              <ConfirmButton
                label={t('remove')}
                name={t('removeLabel', { name: passkey.name })}
                title={t('removeTitle', { name: passkey.name })}
                body={t('removeBody')}
                confirmLabel={t('remove')}
                cancelLabel={t('cancel')}
                action={() => remove(passkey.id)}
                failure={t('errors.notFound')}
              />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormAlert message={message} tone={tone} />
        <TextField
          label={t('name')}
          hint={t('nameHint')}
          error={errorAt('name')}
          autoComplete="off"
          {...form.register('name')}
        />
        <Button type="submit" pending={pending} pendingLabel={t('adding')} className="self-start">
          {t('add')}
        </Button>
      </form>
    </div>
  );
}
