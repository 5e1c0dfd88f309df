'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm, useWatch } from 'react-hook-form';
import { ZStaffHoursForm, type TStaffHoursForm } from '@/lib/business/opening-hours-form';
import { SettingsSection } from './settings-section';
import { WeeklyHoursFields } from './weekly-hours-fields';
import type { TResult } from '@/lib/result';
import { CheckboxField } from '@/components/ui/checkbox-field';

/** "Same as the opening hours", or the member's own week. */
export function StaffHoursForm({
  initial,
  save,
}: {
  initial: TStaffHoursForm;
  save: (values: TStaffHoursForm) => Promise<TResult>;
}) {
  const t = useTranslations('admin.settings');
  const th = useTranslations('admin.staffHours');
  const form = useForm<TStaffHoursForm>({ resolver: zodResolver(ZStaffHoursForm), defaultValues: initial });
  const same = useWatch({ control: form.control, name: 'sameAsOpening' });
  const errorAt = (path: string) => {
    const node = path
      .split('.')
      .reduce<unknown>((n, part) => (n as Record<string, unknown> | undefined)?.[part], form.formState.errors) as
      { message?: string } | undefined;
    return node?.message ? t(`errors.${node.message as 'invalid'}`) : undefined;
  };
  return (
    <SettingsSection id="staff-hours" title={th('title')} form={form} save={save}>
      <CheckboxField label={th('sameAsOpening')} {...form.register('sameAsOpening')} />
      {!same && (
        <WeeklyHoursFields form={form} name="hours" legend={th('own')} hint={th('ownHint')} errorAt={errorAt} />
      )}
    </SettingsSection>
  );
}
