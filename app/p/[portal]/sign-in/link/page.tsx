import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { confirmSignInLinkActionForm } from '@/lib/actions/sign-in-codes';
import { linkIsUsable } from '@/lib/auth/codes/link-is-usable';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { ActionForm } from '@/components/ui/action-form';

export const metadata: Metadata = { robots: { index: false }, referrer: 'no-referrer' };

/** The sign-in link's landing: nothing is used up until the person presses the button. */
export default async function SignInLinkPage({ params, searchParams }: PageProps<'/p/[portal]/sign-in/link'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const { token, invalid } = await searchParams;
  const t = await getTranslations('clientSignIn');
  const usable = !invalid && (await linkIsUsable({ businessId: business.id, token, purpose: 'sign_in_link' }));
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('linkTitle', { business: business.name })}</h1>
      {usable ? (
        <ActionForm
          permalink={`/p/${business.slug}/sign-in`}
          action={confirmSignInLinkActionForm}
          className="flex flex-col gap-4"
        >
          <p className="text-slate-700">{t('linkLead')}</p>
          <input type="hidden" name="portal" value={business.slug} />
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="min-h-12 rounded-xl bg-accent px-4 font-semibold text-on-accent">
            {t('linkButton')}
          </button>
        </ActionForm>
      ) : (
        <>
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 ring-1 ring-red-200">
            {t('linkInvalid')}
          </p>
          <Link
            href={`/p/${business.slug}/sign-in`}
            className="inline-flex min-h-12 items-center justify-center rounded-xl bg-accent px-4 font-semibold text-on-accent"
          >
            {t('askNewCode')}
          </Link>
        </>
      )}
    </main>
  );
}
