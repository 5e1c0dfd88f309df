'use client';
import { useTranslations } from 'next-intl';
import type { UseFormRegister } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';

type TContact = { firstName: string; lastName: string; email: string; phone: string; website?: string };

/** Name, email and phone on the portal's public forms, and the hidden field bots fill in. */
export function ContactFields({
  register,
  error,
}: {
  register: UseFormRegister<TContact>;
  error: (name: keyof TContact) => string | undefined;
}) {
  const t = useTranslations('publicForms');
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('firstName')}
          autoComplete="given-name"
          error={error('firstName')}
          {...register('firstName')}
        />
        <TextField
          label={t('lastName')}
          autoComplete="family-name"
          error={error('lastName')}
          {...register('lastName')}
        />
      </div>
      <TextField
        label={t('email')}
        type="email"
        autoComplete="email"
        hint={t('addressHint')}
        error={error('email')}
        {...register('email')}
      />
      <TextField label={t('phone')} type="tel" autoComplete="tel" error={error('phone')} {...register('phone')} />
      {/* bots fill in every field; people never see this one */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          Website
          <input tabIndex={-1} autoComplete="off" {...register('website')} />
        </label>
      </div>
    </>
  );
}
