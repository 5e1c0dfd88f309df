import type { Metadata } from 'next';
import { SubPage } from '@/components/ui/page-header';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ServiceForm } from '@/components/admin/schedule/service-form';
import { saveServiceAction } from '@/lib/actions/admin-schedule';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { locales } from '@/lib/i18n/locales';
import { formatMinorForInput } from '@/lib/format/money';
import { listServices } from '@/lib/services/save-service';
import { serviceFormOptions } from '../service-page-props';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.services'))('title') };
}

export default async function EditServicePage({ params }: PageProps<'/admin/[business]/services/[serviceId]'>) {
  const { business: slug, serviceId } = await params;
  const { business } = await requireStaffPermission(slug, 'settings.write');
  const [t, options, services] = await Promise.all([
    getTranslations('admin.services'),
    serviceFormOptions(business.id),
    listServices(business.id),
  ]);
  const service = services.find((s) => s.id === serviceId);
  if (!service) notFound();
  const names = JSON.parse(service.names) as Record<string, string>;
  const base = `/admin/${business.slug}/services`;
  return (
    <SubPage back={base} backLabel={t('back')} title={service.name}>
      <ServiceForm
        initial={{
          names: Object.fromEntries(
            locales.map((l) => [l, names[l] ?? (l === business.defaultLocale ? service.name : '')]),
          ),
          durationMinutes: String(service.durationMinutes),
          bufferMinutes: String(service.bufferMinutes),
          price: formatMinorForInput(service.priceMinor),
          staffIds: service.staff.map((s) => s.staffMemberId),
          active: service.active,
        }}
        {...options}
        save={saveServiceAction.bind(null, business.slug, service.id)}
        listPath={base}
      />
    </SubPage>
  );
}
