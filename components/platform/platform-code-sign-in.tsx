'use client';
import { useTranslations } from 'next-intl';
import { CodeSignIn } from '@/components/auth/code-sign-in';
import { requestPlatformCodeAction, verifyPlatformCodeAction } from '@/lib/actions/platform-login';

/** /login by one-time code: the same steps as a portal's, for the person's portals. */
export function PlatformCodeSignIn() {
  const t = useTranslations('platformLogin');
  return (
    <CodeSignIn
      flow="platform.sign-in"
      business={t('anyBusiness')}
      request={requestPlatformCodeAction}
      verify={verifyPlatformCodeAction}
      remember={false}
    />
  );
}
