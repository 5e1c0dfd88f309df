import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignUp } from '@/components/auth/sign-up';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signUp'))('link') };
}

async function SignUpPage({ params }: PageProps<'/p/[portal]/sign-up'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const [t, tSignIn] = await Promise.all([getTranslations('signUp'), getTranslations('forgotPassword')]);
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title', { business: business.name })}</h1>
        <p className="mt-1 text-slate-700">{t('lead', { business: business.name })}</p>
      </div>
      {business.allowSelfSignUp && business.allowClientLogin ? (
        <SignUp portal={business.slug} business={business.name} />
      ) : (
        <p className="rounded-lg bg-white p-4 ring-1 ring-slate-200">{t('unavailable', { business: business.name })}</p>
      )}
      <Link
        href={`/p/${business.slug}/sign-in`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {tSignIn('backToSignIn')}
      </Link>
    </main>
  );
}

export default withClientMessages(['clientSignIn', 'forgotPassword', 'passwordErrors', 'signUp'], SignUpPage);
