'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { LanguageSelect, TimezoneSelect } from '@/components/ui/choice-selects';
import { CLIENT_MESSAGING, LOGIN_METHODS } from '@/lib/business/schemas';
import { SelectField } from '@/components/ui/select-field';
import {
  ZCancellationSettings,
  ZLegalSettings,
  ZMessagingSettings,
  ZRegionalSettings,
  ZSignInSettings,
  ZUploadSettings,
  type TCancellationSettings,
  type TLegalSettings,
  type TMessagingSettings,
  type TRegionalSettings,
  type TSignInSettings,
  type TUploadSettings,
} from '@/lib/business/settings-schemas';
import { SettingsSection } from './settings-section';
import type { TResult } from '@/lib/result';

type TSave = (section: string, values: unknown) => Promise<TResult>;

function useError(form: { formState: { errors: Record<string, { message?: string } | undefined> } }) {
  const t = useTranslations('admin.settings');
  return (name: string) => {
    const key = form.formState.errors[name]?.message;
    return key ? t(`errors.${key as 'invalid'}`) : undefined;
  };
}

/** Seed 000 "Allow authorization to clients": whether and how clients sign in. */
export function SignInSettingsForm({ initial, save }: { initial: TSignInSettings; save: TSave }) {
  const t = useTranslations('admin.settings');
  const form = useForm<TSignInSettings>({ resolver: zodResolver(ZSignInSettings), defaultValues: initial });
  const error = useError(form as never);
  return (
    <SettingsSection id="sign-in" title={t('signInTitle')} form={form} save={(v) => save('signIn', v)}>
      <CheckboxField label={t('allowClientLogin')} {...form.register('allowClientLogin')} />
      <fieldset className="flex flex-col gap-2" aria-describedby={error('loginMethods') ? 'methods-error' : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t('methods')}</legend>
        {LOGIN_METHODS.map((m) => (
          <CheckboxField key={m} label={t(`method.${m}`)} value={m} {...form.register('loginMethods')} />
        ))}
        {error('loginMethods') && (
          <p id="methods-error" className="text-sm text-red-700">
            {error('loginMethods')}
          </p>
        )}
      </fieldset>
      <CheckboxField label={t('allowSelfSignUp')} {...form.register('allowSelfSignUp')} />
      <CheckboxField label={t('requireClient2fa')} {...form.register('requireClient2fa')} />
      <CheckboxField label={t('showLoginLink')} {...form.register('showLoginLink')} />
      <TextField
        label={t('sessionHours')}
        type="number"
        inputMode="numeric"
        className="max-w-48"
        error={error('sessionHours')}
        {...form.register('sessionHours', { valueAsNumber: true })}
      />
    </SettingsSection>
  );
}

/** Seed 000 "Allow cancellation of recording": whether clients cancel online, and until when. */
export function CancellationSettingsForm({ initial, save }: { initial: TCancellationSettings; save: TSave }) {
  const t = useTranslations('admin.settings');
  const form = useForm<TCancellationSettings>({ resolver: zodResolver(ZCancellationSettings), defaultValues: initial });
  const error = useError(form as never);
  return (
    <SettingsSection id="cancellation" title={t('cancellationTitle')} form={form} save={(v) => save('cancellation', v)}>
      <CheckboxField label={t('allowCancellation')} {...form.register('allowCancellation')} />
      <CheckboxField label={t('reasonRequired')} {...form.register('cancellationReasonRequired')} />
      <TextField
        label={t('cutoff')}
        hint={t('cutoffHint')}
        type="number"
        inputMode="numeric"
        className="max-w-48"
        error={error('cancellationCutoffHours')}
        {...form.register('cancellationCutoffHours', { valueAsNumber: true })}
      />
    </SettingsSection>
  );
}

/** Conversations (issue 30): whether clients may start one, only answer staff, or neither. */
export function MessagingSettingsForm({ initial, save }: { initial: TMessagingSettings; save: TSave }) {
  const t = useTranslations('admin.settings');
  const form = useForm<TMessagingSettings>({ resolver: zodResolver(ZMessagingSettings), defaultValues: initial });
  const error = useError(form as never);
  return (
    <SettingsSection id="messaging" title={t('messagingTitle')} form={form} save={(v) => save('messaging', v)}>
      <p className="text-sm text-slate-700">{t('messagingLead')}</p>
      <SelectField label={t('clientMessaging')} error={error('clientMessaging')} {...form.register('clientMessaging')}>
        {CLIENT_MESSAGING.map((mode) => (
          <option key={mode} value={mode}>
            {t(`clientMessagingOptions.${mode}`)}
          </option>
        ))}
      </SelectField>
    </SettingsSection>
  );
}

/** What one client may upload: files and megabytes per day, and megabytes in all (issue 24). */
export function UploadSettingsForm({ initial, save }: { initial: TUploadSettings; save: TSave }) {
  const t = useTranslations('admin.settings');
  const form = useForm<TUploadSettings>({ resolver: zodResolver(ZUploadSettings), defaultValues: initial });
  const error = useError(form as never);
  const field = (name: keyof TUploadSettings, label: string) => (
    <TextField
      label={label}
      type="number"
      inputMode="numeric"
      className="max-w-48"
      error={error(name)}
      {...form.register(name, { valueAsNumber: true })}
    />
  );
  return (
    <SettingsSection id="uploads" title={t('uploadsTitle')} form={form} save={(v) => save('uploads', v)}>
      <p className="text-sm text-slate-700">{t('uploadsLead')}</p>
      {field('uploadDailyFiles', t('uploadDailyFiles'))}
      {field('uploadDailyMegabytes', t('uploadDailyMegabytes'))}
      {field('uploadTotalMegabytes', t('uploadTotalMegabytes'))}
    </SettingsSection>
  );
}

/** Language, timezone, currency and the country national phone numbers are read in. */
export function RegionalSettingsForm({
  initial,
  save,
  languages,
  timezones,
}: {
  initial: TRegionalSettings;
  save: TSave;
  languages: { code: string; name: string }[];
  timezones: string[];
}) {
  const t = useTranslations('admin.settings');
  const form = useForm<TRegionalSettings>({ resolver: zodResolver(ZRegionalSettings), defaultValues: initial });
  const error = useError(form as never);
  return (
    <SettingsSection id="regional" title={t('regionalTitle')} form={form} save={(v) => save('regional', v)}>
      <LanguageSelect
        label={t('language')}
        error={error('locale')}
        {...form.register('locale')}
        languages={languages}
      />
      <TimezoneSelect
        label={t('timezone')}
        error={error('timezone')}
        {...form.register('timezone')}
        timezones={timezones}
      />
      <TextField label={t('currency')} className="max-w-48" error={error('currency')} {...form.register('currency')} />
      <TextField
        label={t('country')}
        hint={t('countryHint')}
        className="max-w-48"
        error={error('country')}
        {...form.register('country')}
      />
    </SettingsSection>
  );
}

/** The seller's legal details printed on every invoice and credit note. */
export function LegalSettingsForm({ initial, save }: { initial: TLegalSettings; save: TSave }) {
  const t = useTranslations('admin.settings');
  const form = useForm<TLegalSettings>({ resolver: zodResolver(ZLegalSettings), defaultValues: initial });
  const error = useError(form as never);
  return (
    <SettingsSection id="legal" title={t('legalTitle')} form={form} save={(v) => save('legal', v)}>
      <p className="text-sm text-slate-700">{t('legalLead')}</p>
      <TextField label={t('legalName')} error={error('legalName')} {...form.register('legalName')} />
      <TextAreaField
        id="legal-address"
        label={t('legalAddress')}
        error={error('legalAddress')}
        {...form.register('legalAddress')}
      />
      <TextField
        label={t('taxNumber')}
        className="max-w-64"
        error={error('taxNumber')}
        {...form.register('taxNumber')}
      />
      <TextField
        label={t('defaultTaxRate')}
        hint={t('defaultTaxRateHint')}
        className="max-w-32"
        inputMode="decimal"
        error={error('defaultTaxRate')}
        {...form.register('defaultTaxRate')}
      />
      <TextField
        label={t('contactEmail')}
        hint={t('contactEmailHint')}
        type="email"
        autoComplete="email"
        error={error('contactEmail')}
        {...form.register('contactEmail')}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">{t('bankTitle')}</legend>
        <p className="text-sm text-slate-700">{t('bankLead')}</p>
        <TextField
          label={t('bankAccountHolder')}
          error={error('bankAccountHolder')}
          {...form.register('bankAccountHolder')}
        />
        <TextField
          label={t('bankIban')}
          autoComplete="off"
          spellCheck={false}
          error={error('bankIban')}
          {...form.register('bankIban')}
        />
        <TextField
          label={t('bankBic')}
          className="max-w-64"
          autoComplete="off"
          spellCheck={false}
          error={error('bankBic')}
          {...form.register('bankBic')}
        />
        <TextAreaField
          id="bank-account-text"
          label={t('bankAccountText')}
          hint={t('bankAccountTextHint')}
          error={error('bankAccountText')}
          {...form.register('bankAccountText')}
        />
      </fieldset>
    </SettingsSection>
  );
}
