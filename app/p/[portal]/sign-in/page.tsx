import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientPasswordForm } from '@/components/auth/client-password-form';
import { safePortalCallback } from '@/lib/auth/portal-callback';
import { getPortalClient } from '@/lib/auth/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { parseLoginMethods } from '@/lib/business/schemas';

export async function generateMetadata({ params }: PageProps<'/p/[portal]/sign-in'>): Promise<Metadata> {
  const business = await findPortalBusiness((await params).portal);
  return business ? { title: (await getTranslations('clientSignIn'))('title', { business: business.name }) } : {};
}

export default async function PortalSignInPage({ params, searchParams }: PageProps<'/p/[portal]/sign-in'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const { callbackUrl } = await searchParams;
  if (await getPortalClient(business.id)) redirect(safePortalCallback(business.slug, callbackUrl));
  const t = await getTranslations('clientSignIn');
  const methods = parseLoginMethods(business.loginMethods);
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title', { business: business.name })}</h1>
        <p className="mt-1 text-slate-700">{t('lead', { business: business.name })}</p>
      </div>
      {!business.allowClientLogin ? (
        <p className="rounded-lg bg-white p-4 ring-1 ring-slate-200">{t('unavailable', { business: business.name })}</p>
      ) : methods.includes('password') ? (
        <ClientPasswordForm portal={business.slug} callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
      ) : (
        <p className="rounded-lg bg-white p-4 ring-1 ring-slate-200">{t('passwordUnavailable', { business: business.name })}</p>
      )}
      <Link href={`/p/${business.slug}`} className="self-start py-2 text-blue-800 underline">
        {t('backToPortal', { business: business.name })}
      </Link>
    </main>
  );
}
