import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { ProfileForm } from '@/components/portal/profile-form';
import { languageName, locales } from '@/lib/i18n/locales';
import { portalContext } from '@/lib/auth/guards/portal-context';
import { getProfile } from '@/lib/clients/profile';
import { withClientMessages } from '@/components/i18n/with-client-messages';
import { formatPhone } from '@/lib/format/phone';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('profile'))('title') };
}

async function ProfilePage({ params, searchParams }: PageProps<'/p/[portal]/profile'>) {
  const changed = typeof (await searchParams).changed === 'string';
  const { business, client } = await portalContext(params);
  const [t, profile] = await Promise.all([
    getTranslations('profile'),
    getProfile({ businessId: business.id, clientId: client.id, locale: await getMessageLocale() }),
  ]);
  return (
    <main id="main" className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('lead', { business: business.name })}</p>
      </div>
      {changed && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-green-800 ring-1 ring-green-200">
          {t('contactChanged')}
        </p>
      )}
      <section aria-labelledby="contact" className="flex flex-col gap-3 rounded-2xl bg-white p-5 ring-1 ring-slate-200">
        <div>
          <h2 id="contact" className="text-lg font-semibold">
            {t('contactTitle')}
          </h2>
          <p className="text-sm text-slate-600">{t('contactLead', { business: business.name })}</p>
        </div>
        <dl className="grid gap-3 sm:grid-cols-2">
          {(['email', 'phone'] as const).map((kind) => (
            <div key={kind} className="flex flex-col items-start gap-1">
              <dt className="text-sm text-slate-600">{t(kind)}</dt>
              <dd className="break-all">
                {kind === 'phone' && profile.phone
                  ? formatPhone(profile.phone, business.country)
                  : (profile[kind] ?? t('notSet'))}
              </dd>
              <dd>
                <Link
                  href={`/p/${business.slug}/profile/contact/${kind}`}
                  className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium"
                >
                  {profile[kind]
                    ? t(kind === 'email' ? 'changeEmail' : 'changePhone')
                    : t(kind === 'email' ? 'addEmail' : 'addPhone')}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="rounded-2xl bg-white p-5 ring-1 ring-slate-200">
        <ProfileForm
          portal={business.slug}
          initial={{
            firstName: profile.firstName,
            lastName: profile.lastName,
            locale: profile.locale ?? '',
            custom: Object.fromEntries(profile.fields.map((f) => [f.key, f.value])),
          }}
          fields={profile.fields}
          languages={locales.map((code) => ({ code, name: languageName(code) }))}
          languageHint={t('languageHint', { business: business.name })}
        />
      </section>
    </main>
  );
}

export default withClientMessages(['customFields', 'portal', 'profile'], ProfilePage);
