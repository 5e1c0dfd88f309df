import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { Money } from '@/components/portal/money';
import { listPortalProducts } from '@/lib/products/get-portal-product';
import { productName } from '@/lib/services/service-name';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { Panel } from '@/components/ui/panel';

export async function generateMetadata({ params }: PageProps<'/p/[portal]'>): Promise<Metadata> {
  const business = await findPortalBusiness((await params).portal);
  return business ? { title: business.name } : {};
}

export default async function PortalHome({ params }: PageProps<'/p/[portal]'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const [t, tp, products, locale] = await Promise.all([
    getTranslations('portal'),
    getTranslations('products'),
    listPortalProducts(business.id),
    getMessageLocale(),
  ]);
  return (
    <main id="main" className="flex flex-col gap-6">
      <section className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-2xl font-semibold">{t('welcomeTitle', { business: business.name })}</h1>
        <p className="mt-2 text-slate-700">{t('welcomeBody')}</p>
        <div className="mt-6 flex flex-col gap-3 sm:flex-row">
          {business.onlineBooking && (
            <Link
              href={`/p/${business.slug}/book`}
              className="flex min-h-12 w-full items-center justify-center rounded-xl bg-accent px-4 font-semibold text-on-accent sm:inline-flex sm:w-auto"
            >
              {t('book')}
            </Link>
          )}
          {business.allowClientLogin && (
            <a
              href={`/p/${business.slug}/sign-in`}
              className={`flex min-h-12 w-full items-center justify-center rounded-xl px-4 font-semibold sm:inline-flex sm:w-auto ${business.onlineBooking ? 'ring-1 ring-slate-300' : 'bg-accent text-on-accent'}`}
            >
              {t('signIn')}
            </a>
          )}
          <Link
            href={`/p/${business.slug}/contact`}
            className="flex min-h-12 w-full items-center justify-center rounded-xl px-4 font-semibold ring-1 ring-slate-300 sm:inline-flex sm:w-auto"
          >
            {t('contact')}
          </Link>
        </div>
      </section>
      {products.length > 0 && (
        <Panel id="shop" title={tp('shopTitle')}>
          <ul className="mt-3 flex flex-col gap-2">
            {products.map((p) => (
              <li key={p.id}>
                <Link
                  href={`/p/${business.slug}/products/${p.id}`}
                  className="flex min-h-12 items-center justify-between gap-3 rounded-xl px-4 py-2 ring-1 ring-slate-300 hover:bg-slate-50"
                >
                  <span className="font-medium">{productName(p, locale)}</span>
                  <Money minor={p.priceMinor} currency={p.currency} />
                </Link>
              </li>
            ))}
          </ul>
        </Panel>
      )}
      <Panel id="features" title={t('features.title')}>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-700">
          <li>{t('features.schedule')}</li>
          <li>{t('features.invoices')}</li>
          <li>{t('features.documents')}</li>
          <li>{t('features.profile')}</li>
        </ul>
      </Panel>
    </main>
  );
}
