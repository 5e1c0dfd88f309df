'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { applyFailure } from '@/components/ui/use-server-form';
import type { TBookOnlineResult } from '@/lib/actions/book-online';
import { ZBookingForm, type TBookingForm } from '@/lib/public-forms/public-form-schemas';
import { ContactFields } from './contact-fields';

type TDone = Extract<TBookOnlineResult, { ok: true }>;

/**
 * The last step of booking: contact details (a signed-in client's own, seed 000 "automatic
 * filling"), a note, confirm. Afterwards the thank-you says where the sign-in details went,
 * the same answer whoever the address belongs to (issue 24; the registration message of seed
 * 000 carries a new client's login and password).
 */
export function BookingForm({
  portal,
  book,
  formToken,
  serviceId,
  startsAt,
  pickAgainHref,
  signedIn,
}: {
  portal: string;
  book: (values: TBookingForm) => Promise<TBookOnlineResult>;
  formToken: string;
  serviceId: string;
  startsAt: string;
  pickAgainHref: string;
  signedIn: { firstName: string; lastName: string; email: string; phone: string } | null;
}) {
  const t = useTranslations('booking');
  const tf = useTranslations('publicForms');
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState<TDone | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<TBookingForm>({
    resolver: zodResolver(ZBookingForm),
    defaultValues: {
      firstName: signedIn?.firstName ?? '',
      lastName: signedIn?.lastName ?? '',
      email: signedIn?.email ?? '',
      phone: signedIn?.phone ?? '',
      notes: '',
      serviceId,
      startsAt,
      formToken,
      website: '',
    },
  });
  const error = (name: keyof TBookingForm) => {
    const key = form.formState.errors[name]?.message;
    return key ? tf(`errors.${key as 'tooLong'}`) : undefined;
  };

  if (done)
    return (
      <div className="mt-4 flex flex-col gap-4" role="status">
        <p className="text-lg font-semibold text-green-800">{t('booked')}</p>
        {done.signedIn ? (
          <Link
            href={`/p/${portal}/schedule`}
            className="inline-flex min-h-12 items-center justify-center rounded-xl bg-accent px-4 font-semibold text-on-accent sm:self-start"
          >
            {t('seeSchedule')}
          </Link>
        ) : (
          <>
            <p>{done.sentTo ? t('sentTo', { address: done.sentTo }) : t('emailed')}</p>
            <Link
              href={`/p/${portal}/sign-in`}
              className="inline-flex min-h-11 items-center font-medium underline sm:self-start"
            >
              {t('signInInstead')}
            </Link>
          </>
        )}
      </div>
    );

  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setAlert(null);
          const result = await book(values);
          if (result.ok) return setDone(result);
          const code = applyFailure(form, result);
          const first = code === 'invalid' ? (result.fields?.startsAt ?? result.fields?.serviceId) : code;
          setAlert(tf(`errors.${(first ?? 'invalid') as 'tooLong'}`));
        }),
      )}
    >
      <FormAlert message={alert} />
      {form.formState.errors.startsAt && (
        <Link href={pickAgainHref} className="font-medium underline">
          {t('pickAgain')}
        </Link>
      )}
      {signedIn ? (
        <p className="text-slate-800">
          {t('bookingAs', { name: `${signedIn.firstName} ${signedIn.lastName}`.trim() })}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {t('haveAccount')}{' '}
            <Link
              href={`/p/${portal}/sign-in?callbackUrl=${encodeURIComponent(`/p/${portal}/book`)}`}
              className="font-medium underline"
            >
              {t('signInInstead')}
            </Link>
          </p>
          <ContactFields register={form.register as never} error={error as never} />
        </>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="booking-notes" className="text-sm font-medium text-slate-800">
          {t('notes')}
        </label>
        <textarea
          id="booking-notes"
          className="min-h-20 rounded-lg border border-slate-400 bg-white p-2"
          aria-invalid={error('notes') ? true : undefined}
          {...form.register('notes')}
        />
      </div>
      <Button type="submit" pending={pending} pendingLabel={t('booking')} className="sm:self-start">
        {t('confirm')}
      </Button>
    </form>
  );
}
