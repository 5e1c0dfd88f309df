import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProfileForm } from '@/components/portal/profile-form';
import { languageName, locales } from '@/lib/i18n/locales';
import { portalContext } from '@/lib/portal/portal-context';
import { getProfile } from '@/lib/portal/profile';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('profile'))('title') };
}

export default async function ProfilePage({ params }: PageProps<'/p/[portal]/profile'>) {
  const { business, client } = await portalContext(params);
  const [t, profile] = await Promise.all([getTranslations('profile'), getProfile({ businessId: business.id, clientId: client.id })]);
  return (
    <main id="main" className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('lead', { business: business.name })}</p>
      </div>
      <div className="flex flex-col gap-2 rounded-2xl bg-white p-4 ring-1 ring-slate-200">
        <dl className="grid gap-2 sm:grid-cols-2">
          <div><dt className="text-sm text-slate-600">{t('email')}</dt><dd>{profile.email ?? '—'}</dd></div>
          <div><dt className="text-sm text-slate-600">{t('phone')}</dt><dd>{profile.phone ?? '—'}</dd></div>
        </dl>
        <p className="text-sm text-slate-600">{t('contactNote', { business: business.name })}</p>
      </div>
      <section className="rounded-2xl bg-white p-5 ring-1 ring-slate-200">
        <ProfileForm
          portal={business.slug}
          initial={{ firstName: profile.firstName, lastName: profile.lastName, locale: profile.locale ?? '', custom: Object.fromEntries(profile.fields.map((f) => [f.key, f.value])) }}
          fields={profile.fields}
          languages={locales.map((code) => ({ code, name: languageName(code) }))}
          languageHint={t('languageHint', { business: business.name })}
        />
      </section>
    </main>
  );
}
