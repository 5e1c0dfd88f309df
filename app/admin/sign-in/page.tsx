import type { Metadata } from 'next';
import { PlainPage } from '@/components/ui/plain-page';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { STAFF_SETUP_PATH } from '@/lib/auth/config';
import { isFirstRun } from '@/lib/onboarding/create-business';
import { StaffSignInForm } from '@/components/admin/staff-sign-in-form';
import { PasskeySignIn } from '@/components/auth/passkey-sign-in';
import { passkeySignInOptions, staffPasskeySignInAction } from '@/lib/actions/passkeys';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffSignIn'))('title') };
}

export default async function StaffSignInPage({ searchParams }: PageProps<'/admin/sign-in'>) {
  if (await isFirstRun()) redirect(STAFF_SETUP_PATH);
  const t = await getTranslations('staffSignIn');
  const { callbackUrl, reset } = await searchParams;
  const tr = await getTranslations('staffReset');
  return (
    <PlainPage title={t('title')} lead={t('lead')}>
      {reset === '1' && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 ring-1 ring-green-200">
          {tr('done')}
        </p>
      )}
      <StaffSignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
      <PasskeySignIn
        options={passkeySignInOptions}
        signIn={staffPasskeySignInAction.bind(null, typeof callbackUrl === 'string' ? callbackUrl : undefined)}
      />
      <Link
        href="/admin/forgot-password"
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {tr('forgot')}
      </Link>
    </PlainPage>
  );
}
