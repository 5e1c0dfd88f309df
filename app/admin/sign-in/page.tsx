import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { STAFF_SETUP_PATH } from '@/lib/auth/config';
import { isFirstRun } from '@/lib/business/create-business';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { StaffSignInForm } from '@/components/admin/staff-sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffSignIn'))('title') };
}

export default async function StaffSignInPage({ searchParams }: PageProps<'/admin/sign-in'>) {
  if (await isFirstRun()) redirect(STAFF_SETUP_PATH);
  const t = await getTranslations('staffSignIn');
  const { callbackUrl } = await searchParams;
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
      <StaffSignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
    </main>
  );
}
