import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import {
  CancellationSettingsForm,
  UploadSettingsForm,
  LegalSettingsForm,
  MessagingSettingsForm,
  RegionalSettingsForm,
  SignInSettingsForm,
} from '@/components/admin/settings/settings-forms';
import { BookingSettingsForm } from '@/components/admin/settings/booking-settings-form';
import { BrandingSettingsForm, LogoForm } from '@/components/admin/settings/branding-form';
import { removeLogoAction, saveSettingsAction } from '@/lib/actions/admin-settings';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { getBusinessSettings } from '@/lib/business/business-settings';
import { languageName, locales } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.settings'))('title') };
}

/** Portal settings as the seeds group them; each group saved on its own, audited with before and after. */
export default async function SettingsPage({ params }: PageProps<'/admin/[business]/settings'>) {
  const { business } = await requireStaffPermission((await params).business, 'settings.write');
  const locale = await getLocale();
  const [t, settings] = await Promise.all([
    getTranslations('admin.settings'),
    getBusinessSettings(business.id, locale),
  ]);
  const save = saveSettingsAction.bind(null, business.slug);
  return (
    <main id="main" className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('lead')}</p>
      </div>
      <BrandingSettingsForm initial={settings.branding} logoUrl={settings.logoUrl} save={save} />
      <LogoForm
        action={`/api/admin/${business.slug}/logo`}
        logoUrl={settings.logoUrl}
        remove={removeLogoAction.bind(null, business.slug)}
      />
      <SignInSettingsForm initial={settings.signIn} save={save} />
      <CancellationSettingsForm initial={settings.cancellation} save={save} />
      <BookingSettingsForm initial={settings.booking} save={save} />
      <MessagingSettingsForm initial={settings.messaging} save={save} />
      <UploadSettingsForm initial={settings.uploads} save={save} />
      <RegionalSettingsForm
        initial={settings.regional}
        save={save}
        languages={locales.map((code) => ({ code, name: languageName(code) }))}
        timezones={Intl.supportedValuesOf('timeZone')}
      />
      <LegalSettingsForm initial={settings.legal} save={save} />
    </main>
  );
}
