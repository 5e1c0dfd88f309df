'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
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
  const [done, setDone] = useState<TDone | null>(null);
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TBookingForm, TBookOnlineResult>({
    schema: ZBookingForm,
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
    save: book,
    onSaved: (result) => setDone(result),
    words: (code, failure) =>
      tf(
        `errors.${(code === 'invalid' ? (failure?.fields?.startsAt ?? failure?.fields?.serviceId ?? code) : code) as 'tooLong'}`,
      ),
  });

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
    <form noValidate className="mt-4 flex flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={message} />
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
          <ContactFields register={form.register as never} error={errorAt as never} />
        </>
      )}
      <TextAreaField id="booking-notes" label={t('notes')} error={errorAt('notes')} {...form.register('notes')} />
      <Button type="submit" pending={pending} pendingLabel={t('booking')} className="sm:self-start">
        {t('confirm')}
      </Button>
    </form>
  );
}
