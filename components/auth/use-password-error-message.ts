'use client';
import { useTranslations } from 'next-intl';
import { isPasswordError } from '@/lib/auth/passwords/password-policy';

/** A form's error key as a message: a password rule's own words, else what the form says for its other errors. */
export function usePasswordErrorMessage(other: (key: string) => string) {
  const tp = useTranslations('passwordErrors');
  return (key: string) => (isPasswordError(key) ? tp(key) : other(key));
}
