import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LinkPasswordForm } from '@/components/auth/link-password-form';
import { choosePasswordAction } from '@/lib/actions/choose-password';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('passwordByStaff'))('chooseTitle') };
}

/** The first sign-in with a password made by staff ends here: the client chooses their own. */
async function ChoosePasswordPage({ params }: PageProps<'/p/[portal]/choose-password'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const client = await getPortalClient(business.id);
  if (!client) redirect(`/p/${business.slug}/sign-in`);
  if (!client.identity.mustChangePassword) redirect(`/p/${business.slug}/dashboard`);
  const t = await getTranslations('passwordByStaff');
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('chooseTitle')}</h1>
        <p className="mt-1 text-slate-700">{t('chooseLead', { business: business.name })}</p>
      </div>
      <LinkPasswordForm
        submit={choosePasswordAction.bind(null, business.slug)}
        invalidMessage={t('chooseFailed')}
        submitLabel={t('chooseSubmit')}
      />
    </main>
  );
}

export default withClientMessages(['forgotPassword', 'passwordErrors'], ChoosePasswordPage);
