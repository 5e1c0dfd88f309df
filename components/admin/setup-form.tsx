'use client';
import { useTranslations } from 'next-intl';
import { NewPasswordField } from '@/components/auth/new-password-field';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { LanguageSelect, TimezoneSelect } from '@/components/ui/choice-selects';
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
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TNewBusiness, TFailure | undefined>({
    schema: withOwner ? ZNewBusiness : ZBusinessDetails,
    defaultValues: initial,
    save: create,
    words: (code) => t(`errors.${code as 'invalid'}`),
  });
  return (
    <form noValidate className="flex flex-col gap-6" onSubmit={onSubmit}>
      <FormAlert message={message} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t('business')}</legend>
        <TextField label={t('name')} autoComplete="organization" error={errorAt('name')} {...form.register('name')} />
        <TextField
          label={t('slug')}
          hint={t('slugHint', { prefix: portalPrefix })}
          autoCapitalize="none"
          spellCheck={false}
          error={errorAt('slug')}
          {...form.register('slug')}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <LanguageSelect
            label={t('locale')}
            error={errorAt('locale')}
            {...form.register('locale')}
            languages={languages}
          />
          <TimezoneSelect
            label={t('timezone')}
            error={errorAt('timezone')}
            {...form.register('timezone')}
            timezones={timezones}
          />
          <TextField
            label={t('currency')}
            hint={t('currencyHint')}
            maxLength={3}
            autoCapitalize="characters"
            error={errorAt('currency')}
            {...form.register('currency')}
          />
          <TextField
            label={t('country')}
            hint={t('countryHint')}
            maxLength={2}
            autoCapitalize="characters"
            error={errorAt('country')}
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
              error={errorAt('ownerName')}
              {...form.register('ownerName')}
            />
            <TextField
              label={t('ownerEmail')}
              type="email"
              autoComplete="email"
              readOnly={ownerEmailLocked}
              error={errorAt('ownerEmail')}
              {...form.register('ownerEmail')}
            />
            <NewPasswordField error={errorAt('ownerPassword')} {...form.register('ownerPassword')} />
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
