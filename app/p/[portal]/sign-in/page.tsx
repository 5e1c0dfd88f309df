import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientPasswordForm } from '@/components/auth/client-password-form';
import { CodeSignIn } from '@/components/auth/code-sign-in';
import { requestSignInCodeAction, verifySignInCodeAction } from '@/lib/actions/sign-in-codes';
import { googleSignInActionForm } from '@/lib/actions/google-sign-in';
import { isGoogleConfigured } from '@/lib/auth';
import { safePortalCallback } from '@/lib/auth/portal-callback';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { parseLoginMethods } from '@/lib/business/schemas';
import { withClientMessages } from '@/components/i18n/with-client-messages';
import { ActionForm } from '@/components/ui/action-form';
import { PasskeySignIn } from '@/components/auth/passkey-sign-in';
import { clientPasskeySignInAction, passkeySignInOptions } from '@/lib/actions/passkeys';

export async function generateMetadata({ params }: PageProps<'/p/[portal]/sign-in'>): Promise<Metadata> {
  const business = await findPortalBusiness((await params).portal);
  return business ? { title: (await getTranslations('clientSignIn'))('title', { business: business.name }) } : {};
}

/** Sign-in: the business's preferred method first (one-time code), the others one tap away. */
async function PortalSignInPage({ params, searchParams }: PageProps<'/p/[portal]/sign-in'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const { callbackUrl, method, reset, error } = await searchParams;
  if (await getPortalClient(business.id)) redirect(safePortalCallback(business.slug, callbackUrl));
  const [t, tReset, tSignUp] = await Promise.all([
    getTranslations('clientSignIn'),
    getTranslations('forgotPassword'),
    getTranslations('signUp'),
  ]);
  const methods = parseLoginMethods(business.loginMethods);
  const hasCode = methods.includes('email_code') || methods.includes('sms_code');
  const hasPassword = methods.includes('password');
  const hasGoogle = methods.includes('google') && isGoogleConfigured();
  const hasPasskey = methods.includes('passkey');
  const show = (method === 'password' && hasPassword) || !hasCode ? 'password' : 'code';
  const callback = typeof callbackUrl === 'string' ? callbackUrl : undefined;
  const switchHref = (to: string) =>
    `/p/${business.slug}/sign-in?${new URLSearchParams({ ...(to === 'password' ? { method: to } : {}), ...(callback ? { callbackUrl: callback } : {}) })}`;
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title', { business: business.name })}</h1>
        <p className="mt-1 text-slate-700">{t('lead', { business: business.name })}</p>
      </div>
      {error === 'google' && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 ring-1 ring-red-200">
          {t('googleError', { business: business.name })}
        </p>
      )}
      {reset === '1' && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-800 ring-1 ring-green-200">
          {tReset('done')}
        </p>
      )}
      {!business.allowClientLogin || (!hasCode && !hasPassword) ? (
        <p className="rounded-lg bg-white p-4 ring-1 ring-slate-200">{t('unavailable', { business: business.name })}</p>
      ) : show === 'code' ? (
        <>
          <CodeSignIn
            flow={`${business.slug}.sign-in`}
            business={business.name}
            request={requestSignInCodeAction.bind(null, business.slug)}
            verify={verifySignInCodeAction.bind(null, business.slug, callback)}
          />
          {hasPassword && (
            <Link
              href={switchHref('password')}
              className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
            >
              {t('usePassword')}
            </Link>
          )}
        </>
      ) : (
        <>
          <ClientPasswordForm portal={business.slug} callbackUrl={callback} />
          <Link
            href={`/p/${business.slug}/forgot-password`}
            className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
          >
            {tReset('link')}
          </Link>
          {hasCode && (
            <Link
              href={switchHref('code')}
              className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
            >
              {t('useCode')}
            </Link>
          )}
        </>
      )}
      {business.allowClientLogin && hasPasskey && (hasCode || hasPassword) && (
        <PasskeySignIn
          options={passkeySignInOptions}
          signIn={clientPasskeySignInAction.bind(null, business.slug, callback)}
        />
      )}
      {business.allowClientLogin && hasGoogle && (
        <ActionForm
          permalink={`/p/${business.slug}/sign-in`}
          action={googleSignInActionForm}
          className="flex flex-col gap-3"
        >
          <p className="text-center text-sm text-slate-600">{t('or')}</p>
          <input type="hidden" name="portal" value={business.slug} />
          {callback && <input type="hidden" name="callbackUrl" value={callback} />}
          <button
            type="submit"
            className="min-h-12 rounded-xl border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50"
          >
            {t('google')}
          </button>
        </ActionForm>
      )}
      {business.allowSelfSignUp && business.allowClientLogin && hasPassword && (
        <Link
          href={`/p/${business.slug}/sign-up`}
          className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
        >
          {tSignUp('link')}
        </Link>
      )}
      <Link
        href={`/p/${business.slug}`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('backToPortal', { business: business.name })}
      </Link>
    </main>
  );
}

export default withClientMessages(['clientSignIn', 'passkeys'], PortalSignInPage);
