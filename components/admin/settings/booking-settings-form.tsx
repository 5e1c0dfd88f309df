'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm, useWatch } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';
import { ZBookingSettings, type TBookingSettings } from '@/lib/business/settings-schemas';
import { SettingsSection } from './settings-section';

type TSave = (
  section: string,
  values: unknown,
) => Promise<{ ok: true } | { ok: false; errors: Record<string, string> } | { error: string }>;

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

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
  const open = useWatch({ control: form.control, name: 'openingHours' });
  return (
    <SettingsSection id="booking" title={t('bookingTitle')} form={form} save={(v) => save('booking', v)}>
      <label className="flex items-center gap-2">
        <input type="checkbox" className="size-5" {...form.register('onlineBooking')} />
        {t('onlineBooking')}
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" className="size-5" {...form.register('registrationMessage')} />
        {t('registrationMessage')}
      </label>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t('openingHours')}</legend>
        <p className="text-sm text-slate-700">{t('openingHoursHint')}</p>
        {DAYS.map((day, i) => (
          <div key={day} className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-3">
            <label className="flex min-h-11 w-36 items-center gap-2 font-medium">
              <input type="checkbox" className="size-5" {...form.register(`openingHours.${i}.open`)} />
              {t(`weekday.${day}`)}
            </label>
            {open?.[i]?.open && (
              <>
                <TextField
                  type="time"
                  label={t('opensAt', { day: t(`weekday.${day}`) })}
                  className="w-32"
                  error={errorAt(`openingHours.${i}.from`)}
                  {...form.register(`openingHours.${i}.from`)}
                />
                <TextField
                  type="time"
                  label={t('closesAt', { day: t(`weekday.${day}`) })}
                  className="w-32"
                  error={errorAt(`openingHours.${i}.to`)}
                  {...form.register(`openingHours.${i}.to`)}
                />
                <TextField
                  type="time"
                  label={t('breakFrom', { day: t(`weekday.${day}`) })}
                  className="w-32"
                  error={errorAt(`openingHours.${i}.breakFrom`)}
                  {...form.register(`openingHours.${i}.breakFrom`)}
                />
                <TextField
                  type="time"
                  label={t('breakTo', { day: t(`weekday.${day}`) })}
                  className="w-32"
                  error={errorAt(`openingHours.${i}.breakTo`)}
                  {...form.register(`openingHours.${i}.breakTo`)}
                />
              </>
            )}
          </div>
        ))}
      </fieldset>
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
