import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { Money } from '@/components/portal/money';
import { PaymentForm } from '@/components/portal/payment-form';
import { startProductOrderAction } from '@/lib/actions/payments';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { getPortalProduct } from '@/lib/products/get-portal-product';
import { issueFormToken } from '@/lib/public-forms/form-token';
import { productName } from '@/lib/services/service-name';
import { withClientMessages } from '@/components/i18n/with-client-messages';
import { Panel } from '@/components/ui/panel';

export async function generateMetadata({ params }: PageProps<'/p/[portal]/products/[productId]'>): Promise<Metadata> {
  const { portal, productId } = await params;
  const business = await findPortalBusiness(portal);
  const product = business && (await getPortalProduct(business.id, productId));
  return product ? { title: productName(product, await getMessageLocale()) } : {};
}

/** A product's public page and its payment form (seed 001 "payment form", seed 003 access by purchase). */
async function ProductPage({ params }: PageProps<'/p/[portal]/products/[productId]'>) {
  const { portal, productId } = await params;
  const business = await findPortalBusiness(portal);
  if (!business) notFound();
  const [product, client, t, locale] = await Promise.all([
    getPortalProduct(business.id, productId),
    getPortalClient(business.id),
    getTranslations('products'),
    getMessageLocale(),
  ]);
  if (!product) notFound();
  const me = client && !client.viewAs && client.email ? client : null;
  return (
    <main id="main" className="flex flex-col gap-4">
      <section className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-2xl font-semibold">{productName(product, locale)}</h1>
        <p className="mt-2 text-xl font-semibold">
          <Money minor={product.priceMinor} currency={product.currency} />
        </p>
        {product.description && <p className="mt-3 whitespace-pre-wrap text-slate-800">{product.description}</p>}
        {product.page && (
          <p className="mt-3 text-slate-700">
            {product.accessDays
              ? t('accessFor', { page: product.page.title, days: product.accessDays })
              : t('accessUnlimited', { page: product.page.title })}
          </p>
        )}
      </section>
      <Panel id="pay" title={t('payTitle')}>
        <PaymentForm
          pay={startProductOrderAction.bind(null, business.slug, product.id)}
          formToken={await issueFormToken('order', business.id)}
          signedIn={me ? { firstName: me.firstName, lastName: me.lastName, email: me.email ?? '' } : null}
        />
      </Panel>
    </main>
  );
}

export default withClientMessages(['products', 'publicForms'], ProductPage);
