import type { Metadata } from 'next';
import { PlainPage } from '@/components/ui/plain-page';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TwoFactorForm } from '@/components/auth/two-factor-form';
import { platformTwoFactorAction } from '@/lib/actions/platform-login';
import { readPendingProof } from '@/lib/auth/platform/platform-proof';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('twoFactor'))('title') };
}

/** /login's second step: the app code before the person's businesses are listed. */
async function PlatformTwoFactorPage() {
  if (!(await readPendingProof())) redirect('/login');
  const t = await getTranslations('twoFactor');
  return (
    <PlainPage title={t('title')} lead={t('lead')}>
      <TwoFactorForm verify={platformTwoFactorAction} />
    </PlainPage>
  );
}

export default withClientMessages(['twoFactor'], PlatformTwoFactorPage);
