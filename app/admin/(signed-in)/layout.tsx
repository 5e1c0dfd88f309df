import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { staffSignOut } from '@/lib/actions/staff-sign-out';
import { requireStaff } from '@/lib/auth/guards/require-staff';
import { ActionForm } from '@/components/ui/action-form';

export default async function AdminLayout({ children }: LayoutProps<'/admin'>) {
  const staff = await requireStaff({ allowPending2fa: true }); // pages enforce it; the security page must render
  const t = await getTranslations('admin');
  return (
    <div className="flex min-h-dvh flex-col" style={{ '--brand-accent': '#1e3a8a' } as React.CSSProperties}>
      <header className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <nav aria-label={t('nav')} className="flex items-center gap-4">
            <span className="font-semibold">Portico</span>
            <Link
              href="/admin"
              className="inline-flex min-h-11 items-center rounded px-2 underline-offset-4 hover:underline"
            >
              {t('dashboard')}
            </Link>
            <Link
              href="/admin/security"
              className="inline-flex min-h-11 items-center rounded px-2 underline-offset-4 hover:underline"
            >
              {t('security')}
            </Link>
          </nav>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>{t('signedInAs', { name: staff.name ?? staff.email ?? '' })}</span>
            <LocaleSwitcher className="text-slate-900" />
            <ActionForm permalink={'/admin'} action={staffSignOut}>
              <button
                type="submit"
                className="min-h-11 rounded-md border border-white/40 px-3 font-medium hover:bg-white/10"
              >
                {t('signOut')}
              </button>
            </ActionForm>
          </div>
        </div>
      </header>
      <div className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">{children}</div>
    </div>
  );
}
