import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TwoFactorForm } from '@/components/auth/two-factor-form';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
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
    <main
      id="main"
      className="mx-auto flex max-w-sm flex-col gap-6 px-4 py-12"
      style={{ '--brand-accent': '#1e3a8a' } as React.CSSProperties}
    >
      <LocaleSwitcher className="self-end" />
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-700">{t('lead')}</p>
      </div>
      <TwoFactorForm verify={platformTwoFactorAction} />
    </main>
  );
}

export default withClientMessages(['twoFactor'], PlatformTwoFactorPage);
