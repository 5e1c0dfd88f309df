'use client';
import { useTranslations } from 'next-intl';
import { EmailPasswordForm } from '@/components/auth/email-password-form';
import { platformLoginAction } from '@/lib/actions/platform-login';

export function PlatformLoginForm() {
  const tc = useTranslations('clientSignIn');
  return (
    <EmailPasswordForm
      signIn={platformLoginAction}
      invalid={tc('invalid')}
      buttonStyle={{ '--brand-accent': '#1e3a8a' } as React.CSSProperties}
    />
  );
}
