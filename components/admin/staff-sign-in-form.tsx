'use client';
import { useTranslations } from 'next-intl';
import { EmailPasswordForm } from '@/components/auth/email-password-form';
import { staffSignIn } from '@/lib/actions/staff-sign-in';

export function StaffSignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('staffSignIn');
  return <EmailPasswordForm signIn={(values) => staffSignIn(values, callbackUrl)} invalid={t('invalid')} />;
}
