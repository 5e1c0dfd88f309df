'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { ZBookingSettings, type TBookingSettings } from '@/lib/business/settings-schemas';
import { SettingsSection } from './settings-section';
import { WeeklyHoursFields } from './weekly-hours-fields';
import type { TResult } from '@/lib/result';

type TSave = (section: string, values: unknown) => Promise<TResult>;

/** Online booking: on or off, the opening hours (with a break), notice, how far ahead, the slot interval. */
export function BookingSettingsForm({ initial, save }: { initial: TBookingSettings; save: TSave }) {
  const t = useTranslations('admin.settings');
  const form = useForm<TBookingSettings>({ resolver: zodResolver(ZBookingSettings), defaultValues: initial });
  const errorAt = (path: string) => {
    const key = path
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], form.formState.errors) as
      { message?: string } | undefined;
    return key?.message ? t(`errors.${key.message as 'invalid'}`) : undefined;
  };
  return (
    <SettingsSection id="booking" title={t('bookingTitle')} form={form} save={(v) => save('booking', v)}>
      <CheckboxField label={t('onlineBooking')} {...form.register('onlineBooking')} />
      <CheckboxField label={t('registrationMessage')} {...form.register('registrationMessage')} />
      <WeeklyHoursFields
        form={form}
        name="openingHours"
        legend={t('openingHours')}
        hint={t('openingHoursHint')}
        errorAt={errorAt}
      />
      <div className="flex flex-wrap gap-4">
        <TextField
          label={t('noticeHours')}
          type="number"
          inputMode="numeric"
          className="w-48"
          error={errorAt('bookingNoticeHours')}
          {...form.register('bookingNoticeHours', { valueAsNumber: true })}
        />
        <TextField
          label={t('horizonDays')}
          type="number"
          inputMode="numeric"
          className="w-48"
          error={errorAt('bookingHorizonDays')}
          {...form.register('bookingHorizonDays', { valueAsNumber: true })}
        />
        <TextField
          label={t('stepMinutes')}
          type="number"
          inputMode="numeric"
          className="w-48"
          error={errorAt('bookingStepMinutes')}
          {...form.register('bookingStepMinutes', { valueAsNumber: true })}
        />
      </div>
    </SettingsSection>
  );
}
