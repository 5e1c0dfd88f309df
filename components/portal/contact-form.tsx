'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextAreaField } from '@/components/ui/text-field';
import { useServerForm } from '@/components/ui/use-server-form';
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
  const [sent, setSent] = useState(false);
  const { form, pending, message, errorAt, onSubmit } = useServerForm<TContactForm, TResult>({
    schema: ZContactForm,
    defaultValues: {
      firstName: signedIn?.firstName ?? '',
      lastName: signedIn?.lastName ?? '',
      email: signedIn?.email ?? '',
      phone: signedIn?.phone ?? '',
      message: '',
      formToken,
      website: '',
    },
    save: send,
    onSaved: () => setSent(true),
    words: (code) => tf(`errors.${code as 'tooLong'}`),
  });
  if (sent)
    return (
      <p role="status" className="text-lg font-semibold text-green-800">
        {t('sent')}
      </p>
    );
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <FormAlert message={message} />
      {signedIn ? (
        <p>{t('writingAs', { name: `${signedIn.firstName} ${signedIn.lastName}`.trim() })}</p>
      ) : (
        <ContactFields register={form.register as never} error={errorAt as never} />
      )}
      <TextAreaField
        id="contact-message"
        label={t('message')}
        rows={6}
        error={errorAt('message')}
        {...form.register('message')}
      />
      <Button type="submit" pending={pending} pendingLabel={t('sending')} className="sm:self-start">
        {t('send')}
      </Button>
    </form>
  );
}
