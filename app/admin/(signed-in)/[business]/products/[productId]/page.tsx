import type { Metadata } from 'next';
import { SubPage } from '@/components/ui/page-header';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ProductForm } from '@/components/admin/products/product-form';
import { saveProductAction } from '@/lib/actions/admin-products';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { locales } from '@/lib/i18n/locales';
import { formatMinorForInput } from '@/lib/format/money';
import { getStaffProduct } from '@/lib/products/get-staff-product';
import { productFormOptions } from '../product-form-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.products'))('edit') };
}

export default async function EditProductPage({ params }: PageProps<'/admin/[business]/products/[productId]'>) {
  const { business: slug, productId } = await params;
  const { business } = await requireStaffPermission(slug, 'settings.write');
  const [t, options, product] = await Promise.all([
    getTranslations('admin.products'),
    productFormOptions(business.id),
    getStaffProduct(business.id, productId),
  ]);
  if (!product) notFound();
  const names = JSON.parse(product.names) as Record<string, string>;
  const base = `/admin/${business.slug}/products`;
  return (
    <SubPage back={base} backLabel={t('back')} title={product.name}>
      <ProductForm
        initial={{
          names: Object.fromEntries(
            locales.map((l) => [l, names[l] ?? (l === business.defaultLocale ? product.name : '')]),
          ),
          description: product.description ?? '',
          price: formatMinorForInput(product.priceMinor),
          currency: product.currency,
          pageId: product.pageId ?? '',
          accessDays: product.accessDays ? String(product.accessDays) : '',
          active: product.active,
        }}
        {...options}
        save={saveProductAction.bind(null, business.slug, product.id)}
        listPath={base}
      />
    </SubPage>
  );
}
