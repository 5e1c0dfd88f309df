import type { Metadata } from 'next';
import Link from 'next/link';
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
    <main id="main" className="flex flex-col gap-4">
      <Link href={base} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('new')}</h1>
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
        productsPath={base}
      />
    </main>
  );
}
