import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { PlatformLoginForm } from '@/components/platform/platform-login-form';
import { provenIdentity } from '@/lib/auth/platform-proof';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('platformLogin'))('title') };
}

/** The platform sign-in (seed 004): one login, then the person's portals to choose from. */
export default async function PlatformLoginPage() {
  // signed in here a moment ago, or in one of the person's portals ("Switch account"): the choice
  if (await provenIdentity()) redirect('/login/choose');
  const t = await getTranslations('platformLogin');
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
      <PlatformLoginForm />
    </main>
  );
}
