import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ForgotPassword } from '@/components/auth/forgot-password';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('forgotPassword'))('title') };
}

async function ForgotPasswordPage({ params }: PageProps<'/p/[portal]/forgot-password'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const t = await getTranslations('forgotPassword');
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-700">{t('lead', { business: business.name })}</p>
      </div>
      <ForgotPassword portal={business.slug} business={business.name} />
      <Link
        href={`/p/${business.slug}/sign-in?method=password`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('backToSignIn')}
      </Link>
    </main>
  );
}

export default withClientMessages(['clientSignIn', 'forgotPassword', 'passwordErrors'], ForgotPasswordPage);
