import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { BusinessLogo } from '@/components/portal/business-logo';
import { choosePortalActionForm, signInAsAnotherAction } from '@/lib/actions/platform-login';
import { identitySummary, listIdentityPortals } from '@/lib/auth/platform/platform-login';
import { provenIdentity } from '@/lib/auth/platform/platform-proof';
import { ActionForm } from '@/components/ui/action-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('platformLogin'))('chooseTitle') };
}

/** The person's portals (seed 004): who is signed in, one button per portal, or another account. */
export default async function ChoosePortalPage() {
  const t = await getTranslations('platformLogin');
  const proof = await provenIdentity();
  const [portals, who] = proof
    ? await Promise.all([listIdentityPortals(proof.identityId, proof.via), identitySummary(proof.identityId)])
    : [[], null];
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <LocaleSwitcher className="self-end" />
      <h1 className="text-2xl font-semibold">{t('chooseTitle')}</h1>
      {!proof ? (
        <p role="alert" className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
          {t('expired')}{' '}
          <Link href="/login" className="underline">
            {t('title')}
          </Link>
        </p>
      ) : (
        <>
          {who && (
            <p className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
              {t('signedInAs', { name: who.name || who.email || '' })}
              {who.email && who.name && <span className="block text-sm text-slate-600">{who.email}</span>}
            </p>
          )}
          {portals.length === 0 ? (
            <p className="rounded-lg bg-white p-4 ring-1 ring-slate-200">{t('none')}</p>
          ) : (
            <>
              <p className="text-slate-700">{t('chooseLead')}</p>
              <ul className="flex flex-col gap-3">
                {portals.map((card) => (
                  <li key={card.id}>
                    <ActionForm permalink="/login/choose" action={choosePortalActionForm}>
                      <input type="hidden" name="portal" value={card.business.slug} />
                      <button
                        type="submit"
                        className="flex min-h-14 w-full items-center gap-3 rounded-xl bg-white p-3 text-left font-medium ring-1 ring-slate-300 hover:ring-slate-500"
                      >
                        <BusinessLogo
                          name={card.business.name}
                          logoUrl={card.business.logoUrl}
                          accentColor={card.business.accentColor}
                        />
                        {t('open', { business: card.business.name })}
                      </button>
                    </ActionForm>
                  </li>
                ))}
              </ul>
            </>
          )}
          <ActionForm permalink="/login/choose" action={signInAsAnotherAction}>
            <button
              type="submit"
              className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium hover:bg-slate-50"
            >
              {t('useAnother')}
            </button>
          </ActionForm>
        </>
      )}
    </main>
  );
}
