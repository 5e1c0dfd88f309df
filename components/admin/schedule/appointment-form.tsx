'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { SelectField } from '@/components/ui/select-field';
import { applyFailure } from '@/components/ui/use-server-form';
import { ZAppointmentForm, ZCancelForm, type TAppointmentForm } from '@/lib/appointments/appointment-schema';
import type { TFailure, TResult } from '@/lib/result';

type TSaved = TResult<{ appointmentId?: string }>;

function useServerErrors<T extends FieldValues>(t: (key: string) => string) {
  const [message, setMessage] = useState<string | null>(null);
  const apply = (result: TFailure, form: UseFormReturn<T>) => setMessage(t(`errors.${applyFailure(form, result)}`));
  return { message, setMessage, apply };
}

/** Book or move an appointment: service, staff member, day and time in the business's timezone. */
export function AppointmentForm({
  initial,
  clientName,
  services,
  staff,
  save,
  donePath,
  moving,
}: {
  initial: TAppointmentForm;
  clientName: string;
  services: { id: string; name: string; durationMinutes: number }[];
  staff: { id: string; name: string }[];
  save: (values: TAppointmentForm) => Promise<TSaved>;
  /** where to go once saved: `${donePath}/<id>?done=…` */
  donePath: string;
  moving: boolean;
}) {
  const t = useTranslations('admin.schedule');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const form = useForm<TAppointmentForm>({ resolver: zodResolver(ZAppointmentForm), defaultValues: initial });
  const { message, setMessage, apply } = useServerErrors<TAppointmentForm>((k) => t(k as 'errors.invalid'));
  const error = (name: keyof TAppointmentForm) => {
    const key = form.formState.errors[name]?.message;
    return key ? t(`errors.${key as 'past'}`) : undefined;
  };
  return (
    <form
      noValidate
      aria-label={moving ? t('detail.reschedule') : t('new')}
      className="flex max-w-xl flex-col gap-4"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setMessage(null);
          const result = await save(values);
          if ('ok' in result && result.ok)
            return router.push(`${donePath}/${result.appointmentId}?done=${moving ? 'moved' : 'booked'}`);
          apply(result, form);
        }),
      )}
    >
      <FormAlert message={message} />
      <p>
        <span className="font-medium">{t('form.client')}:</span> {clientName}
      </p>
      {error('clientId') && <p className="text-sm text-red-800">{error('clientId')}</p>}
      <SelectField label={t('form.service')} error={error('serviceId')} {...form.register('serviceId')}>
        <option value="">{t('form.choose')}</option>
        {services.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.durationMinutes}′)
          </option>
        ))}
      </SelectField>
      <SelectField label={t('form.staff')} error={error('staffMemberId')} {...form.register('staffMemberId')}>
        <option value="">{t('form.choose')}</option>
        {staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t('form.date')} type="date" error={error('date')} {...form.register('date')} />
        <TextField label={t('form.time')} type="time" error={error('time')} {...form.register('time')} />
      </div>
      <TextAreaField id="appointment-notes" label={t('form.notes')} {...form.register('notes')} />
      <Button type="submit" pending={pending} pendingLabel={t('form.saving')} className="self-start">
        {moving ? t('form.move') : t('form.book')}
      </Button>
    </form>
  );
}

/** Cancel with a reason the client reads; the appointment stays, marked cancelled. */
export function CancelAppointmentForm({ cancel }: { cancel: (values: { reason: string }) => Promise<TSaved> }) {
  const t = useTranslations('admin.schedule');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const form = useForm<{ reason: string }>({ resolver: zodResolver(ZCancelForm), defaultValues: { reason: '' } });
  const { message, setMessage, apply } = useServerErrors<{ reason: string }>((k) => t(k as 'errors.invalid'));
  const key = form.formState.errors.reason?.message;
  return (
    <form
      noValidate
      aria-labelledby="cancel-title"
      className="flex max-w-xl flex-col gap-3"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setMessage(null);
          const result = await cancel(values);
          if ('ok' in result && result.ok) return router.refresh();
          apply(result, form);
        }),
      )}
    >
      <h2 id="cancel-title" className="text-lg font-semibold">
        {t('detail.cancel')}
      </h2>
      <FormAlert message={message} />
      <TextField
        label={t('detail.reason')}
        error={key ? t(`errors.${key as 'reasonRequired'}`) : undefined}
        {...form.register('reason')}
      />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 self-start rounded-lg border border-red-700 bg-white px-3 font-medium text-red-800"
      >
        {t('detail.cancelButton')}
      </button>
    </form>
  );
}
