import type { Metadata } from 'next';
import { SubPage } from '@/components/ui/page-header';
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
    <SubPage back={base} backLabel={t('back')} title={t('new')}>
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
        listPath={base}
      />
    </SubPage>
  );
}
