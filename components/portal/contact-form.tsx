'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { applyFailure } from '@/components/ui/use-server-form';
import { ZContactForm, type TContactForm } from '@/lib/public-forms/public-form-schemas';
import { ContactFields } from './contact-fields';
import type { TResult } from '@/lib/result';

/** The portal's contact form: name and an address (a signed-in client's own), and the message. */
export function ContactForm({
  send,
  formToken,
  signedIn,
}: {
  send: (values: TContactForm) => Promise<TResult>;
  formToken: string;
  signedIn: { firstName: string; lastName: string; email: string; phone: string } | null;
}) {
  const t = useTranslations('contact');
  const tf = useTranslations('publicForms');
  const [pending, startTransition] = useTransition();
  const [sent, setSent] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<TContactForm>({
    resolver: zodResolver(ZContactForm),
    defaultValues: {
      firstName: signedIn?.firstName ?? '',
      lastName: signedIn?.lastName ?? '',
      email: signedIn?.email ?? '',
      phone: signedIn?.phone ?? '',
      message: '',
      formToken,
      website: '',
    },
  });
  const error = (name: keyof TContactForm) => {
    const key = form.formState.errors[name]?.message;
    return key ? tf(`errors.${key as 'tooLong'}`) : undefined;
  };
  if (sent)
    return (
      <p role="status" className="text-lg font-semibold text-green-800">
        {t('sent')}
      </p>
    );
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setAlert(null);
          const result = await send(values);
          if (result.ok) return setSent(true);
          setAlert(tf(`errors.${applyFailure(form, result) as 'tooLong'}`));
        }),
      )}
    >
      <FormAlert message={alert} />
      {signedIn ? (
        <p>{t('writingAs', { name: `${signedIn.firstName} ${signedIn.lastName}`.trim() })}</p>
      ) : (
        <ContactFields register={form.register as never} error={error as never} />
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="contact-message" className="text-sm font-medium text-slate-800">
          {t('message')}
        </label>
        <textarea
          id="contact-message"
          className="min-h-32 rounded-lg border border-slate-400 bg-white p-2"
          aria-invalid={error('message') ? true : undefined}
          aria-describedby={error('message') ? 'contact-message-error' : undefined}
          {...form.register('message')}
        />
        {error('message') && (
          <p id="contact-message-error" role="alert" className="text-sm text-red-700">
            {error('message')}
          </p>
        )}
      </div>
      <Button type="submit" pending={pending} pendingLabel={t('sending')} className="sm:self-start">
        {t('send')}
      </Button>
    </form>
  );
}
