import type { Metadata } from 'next';
import { PlainPage } from '@/components/ui/plain-page';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
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
    <PlainPage title={t('title')} lead={t('lead')}>
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
    </PlainPage>
  );
}

export default withClientMessages(['clientSignIn', 'platformLogin', 'staffSignIn'], PlatformLoginPage);
