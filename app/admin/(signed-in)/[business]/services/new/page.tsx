import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ServiceForm } from '@/components/admin/schedule/service-form';
import { saveServiceAction } from '@/lib/actions/admin-schedule';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { locales } from '@/lib/i18n/locales';
import { serviceFormOptions } from '../service-page-props';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.services'))('new') };
}

export default async function NewServicePage({ params }: PageProps<'/admin/[business]/services/new'>) {
  const { business } = await requireStaffPermission((await params).business, 'settings.write');
  const [t, options] = await Promise.all([getTranslations('admin.services'), serviceFormOptions(business.id)]);
  const base = `/admin/${business.slug}/services`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link href={base} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('new')}</h1>
      <ServiceForm
        initial={{
          names: Object.fromEntries(locales.map((l) => [l, ''])),
          durationMinutes: '60',
          bufferMinutes: '0',
          price: '',
          staffIds: [],
          active: true,
        }}
        {...options}
        save={saveServiceAction.bind(null, business.slug, null)}
        servicesPath={base}
      />
    </main>
  );
}
