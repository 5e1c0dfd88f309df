import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AcceptInviteForm } from '@/components/admin/accept-invite-form';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { acceptInviteAction } from '@/lib/actions/admin-staff';
import { findInvite } from '@/lib/staff/accept-invite';

export const metadata: Metadata = { robots: { index: false }, referrer: 'no-referrer' };

/** The invitation link: checked on open, used up only when accepted. */
export default async function AcceptInvitePage({ searchParams }: PageProps<'/admin/invite'>) {
  const { token } = await searchParams;
  const [t, invite] = await Promise.all([getTranslations('admin.staff'), findInvite(token)]);
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <LocaleSwitcher className="self-end" />
      {invite && typeof token === 'string' ? (
        <>
          <div>
            <h1 className="text-2xl font-semibold">{t('acceptTitle', { business: invite.business.name })}</h1>
            <p className="mt-1 text-slate-700">
              {t('acceptLead', { email: invite.email, role: t(`roles.${invite.role as 'staff'}`) })}
            </p>
          </div>
          <AcceptInviteForm accept={acceptInviteAction.bind(null, token)} hasAccount={invite.hasAccount} />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">{t('linkInvalidTitle')}</h1>
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 ring-1 ring-red-200">
            {t('errors.linkInvalid')}
          </p>
        </>
      )}
    </main>
  );
}
