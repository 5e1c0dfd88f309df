import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LinkPasswordForm } from '@/components/auth/link-password-form';
import { resetWithLinkAction } from '@/lib/actions/reset-password';
import { linkIsUsable } from '@/lib/auth/codes/link-is-usable';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export const metadata: Metadata = { robots: { index: false }, referrer: 'no-referrer' };

/** The emailed reset link: nothing is used up until the new password is saved. */
async function ResetLinkPage({ params, searchParams }: PageProps<'/p/[portal]/forgot-password/link'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const { token } = await searchParams;
  const t = await getTranslations('forgotPassword');
  const usable = await linkIsUsable({ businessId: business.id, token, purpose: 'reset_password' });
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('linkTitle')}</h1>
      {usable && typeof token === 'string' ? (
        <LinkPasswordForm
          submit={resetWithLinkAction.bind(null, business.slug, token)}
          invalidMessage={t('linkInvalid')}
          submitLabel={t('submit')}
          pendingLabel={t('submitting')}
        />
      ) : (
        <>
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 ring-1 ring-red-200">
            {t('linkInvalid')}
          </p>
          <Link
            href={`/p/${business.slug}/forgot-password`}
            className="inline-flex min-h-12 items-center justify-center rounded-xl bg-accent px-4 font-semibold text-on-accent"
          >
            {t('askNewLink')}
          </Link>
        </>
      )}
      <Link
        href={`/p/${business.slug}/sign-in?method=password`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('backToSignIn')}
      </Link>
    </main>
  );
}

export default withClientMessages(['forgotPassword', 'passwordErrors'], ResetLinkPage);
