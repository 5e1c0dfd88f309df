import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { PlatformCodeSignIn } from '@/components/platform/platform-code-sign-in';
import { PlatformLoginForm } from '@/components/platform/platform-login-form';
import { provenIdentity } from '@/lib/auth/platform/platform-proof';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('platformLogin'))('title') };
}

const link = 'inline-flex min-h-11 items-center self-start text-blue-800 underline';

/**
 * The platform sign-in (seed 004): one login, then the person's portals to choose from; by
 * password or by a one-time code, as in a portal. "Forgot password?" signs in with a code:
 * the password is then changed on a portal's Security page.
 */
async function PlatformLoginPage({ searchParams }: PageProps<'/login'>) {
  // signed in here a moment ago, or in one of the person's portals ("Switch account"): the choice
  if (await provenIdentity()) redirect('/login/choose');
  const { method, forgot } = await searchParams;
  const byCode = method === 'code';
  const [t, tc, tr] = await Promise.all([
    getTranslations('platformLogin'),
    getTranslations('clientSignIn'),
    getTranslations('forgotPassword'),
  ]);
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
      {byCode && forgot === '1' && (
        <p role="status" className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          {t('forgotLead')}
        </p>
      )}
      {byCode ? <PlatformCodeSignIn /> : <PlatformLoginForm />}
      {byCode ? (
        <Link href="/login" className={link}>
          {tc('usePassword')}
        </Link>
      ) : (
        <>
          <Link href="/login?method=code&forgot=1" className={link}>
            {tr('link')}
          </Link>
          <Link href="/login?method=code" className={link}>
            {tc('useCode')}
          </Link>
        </>
      )}
    </main>
  );
}

export default withClientMessages(['clientSignIn', 'platformLogin', 'staffSignIn'], PlatformLoginPage);
