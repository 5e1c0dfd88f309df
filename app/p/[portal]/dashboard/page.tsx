import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireClient } from '@/lib/auth/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';

export async function generateMetadata({ params }: PageProps<'/p/[portal]/dashboard'>): Promise<Metadata> {
  const business = await findPortalBusiness((await params).portal);
  return business ? { title: business.name } : {};
}

export default async function PortalDashboard({ params }: PageProps<'/p/[portal]/dashboard'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const client = await requireClient(business);
  const t = await getTranslations('account');
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('dashboardTitle', { name: client.firstName })}</h1>
      <p className="text-slate-700">
        {client.email ? t('dashboardLead', { business: business.name, email: client.email }) : t('dashboardLeadNoEmail', { business: business.name })}
      </p>
    </main>
  );
}
