'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { NewPasswordField } from '@/components/auth/new-password-field';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { applyFailure } from '@/components/ui/use-server-form';
import { ZBusinessDetails, ZNewBusiness, type TNewBusiness } from '@/lib/business/new-business-schema';
import type { TFailure } from '@/lib/result';

type Props = {
  /** the server action */
  create: (values: TNewBusiness) => Promise<TFailure | undefined>;
  initial: TNewBusiness;
  languages: { code: string; name: string }[];
  timezones: string[];
  /** the public address portals live under, e.g. https://portal.example.com/p/ */
  portalPrefix: string;
  /** false for a signed-in owner adding another business: the owner is them */
  withOwner?: boolean;
  /** the owner's email was proven with a code (public sign-up): shown, not editable */
  ownerEmailLocked?: boolean;
};

/** The first-run setup: the business, then its owner (who sets up the authenticator app right after). */
export function SetupForm({
  create,
  initial,
  languages,
  timezones,
  portalPrefix,
  withOwner = true,
  ownerEmailLocked = false,
}: Props) {
  const t = useTranslations('admin.setup');
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TNewBusiness>({
    resolver: zodResolver((withOwner ? ZNewBusiness : ZBusinessDetails) as typeof ZNewBusiness),
    defaultValues: initial,
  });
  const error = (name: keyof TNewBusiness) => {
    const key = form.formState.errors[name]?.message;
    return key ? t(`errors.${key as 'tooLong'}`) : undefined;
  };
  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setMessage(null);
          const result = await create(values);
          if (!result) return;
          setMessage(t(`errors.${applyFailure(form, result) as 'invalid'}`));
        }),
      )}
    >
      <FormAlert message={message} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t('business')}</legend>
        <TextField label={t('name')} autoComplete="organization" error={error('name')} {...form.register('name')} />
        <TextField
          label={t('slug')}
          hint={t('slugHint', { prefix: portalPrefix })}
          autoCapitalize="none"
          spellCheck={false}
          error={error('slug')}
          {...form.register('slug')}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label={t('locale')} error={error('locale')} {...form.register('locale')}>
            {languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('timezone')} error={error('timezone')} {...form.register('timezone')}>
            {timezones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll('_', ' ')}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('currency')}
            hint={t('currencyHint')}
            maxLength={3}
            autoCapitalize="characters"
            error={error('currency')}
            {...form.register('currency')}
          />
          <TextField
            label={t('country')}
            hint={t('countryHint')}
            maxLength={2}
            autoCapitalize="characters"
            error={error('country')}
            {...form.register('country')}
          />
        </div>
      </fieldset>
      {withOwner && (
        <>
          <fieldset className="flex flex-col gap-4">
            <legend className="mb-2 text-lg font-semibold">{t('owner')}</legend>
            <TextField
              label={t('ownerName')}
              autoComplete="name"
              error={error('ownerName')}
              {...form.register('ownerName')}
            />
            <TextField
              label={t('ownerEmail')}
              type="email"
              autoComplete="email"
              readOnly={ownerEmailLocked}
              error={error('ownerEmail')}
              {...form.register('ownerEmail')}
            />
            <NewPasswordField error={error('ownerPassword')} {...form.register('ownerPassword')} />
          </fieldset>
          <p className="text-sm text-slate-700">{t('next')}</p>
        </>
      )}
      <Button type="submit" pending={pending} pendingLabel={t('creating')} className="self-start">
        {t('create')}
      </Button>
    </form>
  );
}
