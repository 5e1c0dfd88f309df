import type { Metadata } from 'next';
import { SubPage } from '@/components/ui/page-header';
import { getTranslations } from 'next-intl/server';
import { ProductForm } from '@/components/admin/products/product-form';
import { saveProductAction } from '@/lib/actions/admin-products';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { locales } from '@/lib/i18n/locales';
import { productFormOptions } from '../product-form-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.products'))('new') };
}

export default async function NewProductPage({ params }: PageProps<'/admin/[business]/products/new'>) {
  const { business } = await requireStaffPermission((await params).business, 'settings.write');
  const [t, options] = await Promise.all([getTranslations('admin.products'), productFormOptions(business.id)]);
  const base = `/admin/${business.slug}/products`;
  return (
    <SubPage back={base} backLabel={t('back')} title={t('new')}>
      <ProductForm
        initial={{
          names: Object.fromEntries(locales.map((l) => [l, ''])),
          description: '',
          price: '',
          currency: business.currency,
          pageId: '',
          accessDays: '',
          active: true,
        }}
        {...options}
        save={saveProductAction.bind(null, business.slug, null)}
        listPath={base}
      />
    </SubPage>
  );
}
