import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { STAFF_SETUP_PATH } from '@/lib/auth/config';
import { isFirstRun } from '@/lib/onboarding/create-business';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { StaffSignInForm } from '@/components/admin/staff-sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffSignIn'))('title') };
}

export default async function StaffSignInPage({ searchParams }: PageProps<'/admin/sign-in'>) {
  if (await isFirstRun()) redirect(STAFF_SETUP_PATH);
  const t = await getTranslations('staffSignIn');
  const { callbackUrl, reset } = await searchParams;
  const tr = await getTranslations('staffReset');
  return (
    <main
      id="main"
      className="mx-auto flex max-w-sm flex-col gap-6 px-4 py-12"
      style={{ '--brand-accent': '#1e3a8a' } as React.CSSProperties}
    >
      <LocaleSwitcher className="self-end" />
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-700">{t('lead')}</p>
      </div>
      {reset === '1' && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 ring-1 ring-green-200">
          {tr('done')}
        </p>
      )}
      <StaffSignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
      <Link
        href="/admin/forgot-password"
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {tr('forgot')}
      </Link>
    </main>
  );
}
