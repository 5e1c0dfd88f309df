'use client';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
import { ZTimeOffForm, type TTimeOffForm } from '@/lib/booking/time-off-schema';
import type { TResult } from '@/lib/result';

type TSaved = TResult<{ clashes: number }>;

/** Who is away (or the whole business closed), from and until (a time is optional: whole days). */
export function TimeOffForm({
  add,
  staff,
  today,
}: {
  add: (values: TTimeOffForm) => Promise<TSaved>;
  staff: { id: string; name: string }[];
  today: string;
}) {
  const t = useTranslations('admin.timeOff');
  const { form, pending, message, tone, errorAt, onSubmit } = useServerForm<TTimeOffForm, TSaved>({
    schema: ZTimeOffForm,
    defaultValues: { staffMemberId: '', fromDate: today, fromTime: '', toDate: today, toTime: '', note: '' },
    save: add,
    onSaved: (result, values) => {
      form.reset({ ...values, note: '' });
      return result.clashes ? t('addedWithClashes', { count: result.clashes }) : t('added');
    },
    words: () => t('errors.invalid'),
  });
  return (
    <form noValidate className="mt-3 flex flex-col gap-4" onSubmit={onSubmit}>
      {tone === 'error' && <FormAlert message={message} />}
      <SelectField label={t('who')} error={errorAt('staffMemberId')} {...form.register('staffMemberId')}>
        <option value="">{t('wholeBusiness')}</option>
        {staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField type="date" label={t('fromDate')} error={errorAt('fromDate')} {...form.register('fromDate')} />
        <TextField
          type="time"
          label={t('fromTime')}
          hint={t('timeHint')}
          error={errorAt('fromTime')}
          {...form.register('fromTime')}
        />
        <TextField type="date" label={t('toDate')} error={errorAt('toDate')} {...form.register('toDate')} />
        <TextField type="time" label={t('toTime')} error={errorAt('toTime')} {...form.register('toTime')} />
      </div>
      <TextField label={t('note')} error={errorAt('note')} {...form.register('note')} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending} pendingLabel={t('adding')}>
          {t('addButton')}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {tone === 'success' ? message : ''}
        </p>
      </div>
    </form>
  );
}

export function RemoveTimeOffButton({ remove, label }: { remove: () => Promise<unknown>; label: string }) {
  const t = useTranslations('admin.timeOff');
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      aria-label={label}
      disabled={pending}
      onClick={() => startTransition(async () => void (await remove()))}
      className="min-h-11 rounded-lg px-3 text-red-800 ring-1 ring-red-300"
    >
      {t('removeButton')}
    </button>
  );
}
