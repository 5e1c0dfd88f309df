import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TwoFactorForm } from '@/components/auth/two-factor-form';
import { requestTwoFactorHelpAction, verifyTwoFactorAction } from '@/lib/actions/two-factor-sign-in';
import { TWO_FACTOR_COOKIE } from '@/lib/auth/two-factor/second-factor-step';
import { readAuthCookie } from '@/lib/crypto/cookie-jar';
import { openTicket } from '@/lib/auth/sessions/ticket';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export const metadata: Metadata = { robots: { index: false } };

async function TwoFactorPage({ params, searchParams }: PageProps<'/p/[portal]/sign-in/two-factor'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const { callbackUrl } = await searchParams;
  const t = await getTranslations('twoFactor');
  const ticket = await openTicket(await readAuthCookie(TWO_FACTOR_COOKIE, `/p/${business.slug}`), 'second_factor');
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-700">{t('lead')}</p>
      </div>
      {ticket?.portal === business.slug ? (
        <TwoFactorForm
          verify={verifyTwoFactorAction.bind(
            null,
            business.slug,
            typeof callbackUrl === 'string' ? callbackUrl : undefined,
          )}
          help={{
            lead: t('noAccessLead', { business: business.name }),
            button: t('askBusiness', { business: business.name }),
            sent: t('helpSent', { business: business.name }),
            request: requestTwoFactorHelpAction.bind(null, business.slug),
          }}
        />
      ) : (
        <>
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 ring-1 ring-red-200">
            {t('expired')}
          </p>
          <Link
            href={`/p/${business.slug}/sign-in`}
            className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
          >
            {t('signInAgain')}
          </Link>
        </>
      )}
    </main>
  );
}

export default withClientMessages(['twoFactor'], TwoFactorPage);
