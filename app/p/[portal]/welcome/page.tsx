import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LinkPasswordForm } from '@/components/auth/link-password-form';
import { acceptWelcomeAction } from '@/lib/actions/sign-up';
import { findWelcome } from '@/lib/auth/welcome';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export const metadata: Metadata = { robots: { index: false }, referrer: 'no-referrer' };

/** The welcome ("create your login") link: checked on open, used up only when the password is saved. */
async function WelcomePage({ params, searchParams }: PageProps<'/p/[portal]/welcome'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const { token } = await searchParams;
  const [t, tSignIn, found] = await Promise.all([
    getTranslations('welcome'),
    getTranslations('clientSignIn'),
    findWelcome(business.slug, token),
  ]);
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('title', { business: business.name })}</h1>
      {found && typeof token === 'string' ? (
        <>
          <p className="text-slate-700">{t('lead', { name: found.card.firstName, email: found.card.email! })}</p>
          <LinkPasswordForm
            submit={acceptWelcomeAction.bind(null, business.slug, token)}
            invalidMessage={t('invalid', { business: business.name })}
            submitLabel={t('submit')}
          />
        </>
      ) : (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 ring-1 ring-red-200">
          {t('invalid', { business: business.name })}
        </p>
      )}
      <Link
        href={`/p/${business.slug}/sign-in`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {tSignIn('useCode')}
      </Link>
    </main>
  );
}

export default withClientMessages(['forgotPassword', 'passwordErrors'], WelcomePage);
