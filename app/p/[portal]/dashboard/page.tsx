import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AppointmentCard } from '@/components/portal/appointment-card';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { DocumentList } from '@/components/portal/document-list';
import { Money } from '@/components/portal/money';
import { findNextAppointment } from '@/lib/appointments/list-client-appointments';
import { latestDocuments } from '@/lib/documents/list-client-documents';
import { balanceDue } from '@/lib/invoices/list-client-invoices';
import { portalContext } from '@/lib/auth/guards/portal-context';
import { PasskeyOffer } from '@/components/portal/passkey-offer';
import { InstallHint } from '@/components/portal/install-hint';
import { parseLoginMethods } from '@/lib/business/schemas';

export async function generateMetadata({ params }: PageProps<'/p/[portal]/dashboard'>): Promise<Metadata> {
  const business = await findPortalBusiness((await params).portal);
  return business ? { title: business.name } : {};
}

/** "What's next?" in one glance: the next appointment, what is due, what is new. */
export default async function PortalDashboard({ params }: PageProps<'/p/[portal]/dashboard'>) {
  const { business, client } = await portalContext(params);
  const scope = { businessId: business.id, clientId: client.id };
  const [t, td, tp, ti, next, due, documents] = await Promise.all([
    getTranslations('account'),
    getTranslations('dashboard'),
    getTranslations('passkeys'),
    getTranslations('portal.install'),
    findNextAppointment(scope),
    balanceDue(scope),
    latestDocuments({ ...scope, take: 3 }),
  ]);
  const seeAll = (href: string) => (
    <Link href={href} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
      {td('seeAll')}
    </Link>
  );
  return (
    <main id="main" className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('dashboardTitle', { name: client.firstName })}</h1>
        <p className="text-slate-700">
          {client.email
            ? t('dashboardLead', { business: business.name, email: client.email })
            : t('dashboardLeadNoEmail', { business: business.name })}
        </p>
      </div>
      {!client.viewAs &&
        client.identity._count.passkeys === 0 &&
        parseLoginMethods(business.loginMethods).includes('passkey') && (
          <PasskeyOffer
            href={`/p/${business.slug}/security#passkeys`}
            words={{ title: tp('offerTitle'), body: tp('offerBody'), add: tp('offerAdd'), dismiss: tp('offerDismiss') }}
          />
        )}
      <InstallHint
        words={{
          title: ti('title', { business: business.name }),
          body: ti('body'),
          button: ti('button'),
          ios: ti('ios'),
          dismiss: ti('dismiss'),
        }}
      />
      <Panel id="next" title={td('next')}>
        {next ? <AppointmentCard appointment={next} timeZone={business.timezone} /> : <p>{td('noNext')}</p>}
        {seeAll(`/p/${business.slug}/schedule`)}
      </Panel>
      <Panel id="due" title={td('due')}>
        {due.length === 0 ? (
          <p>{td('nothingDue')}</p>
        ) : (
          <p className="text-xl font-semibold">
            {due.map((b) => (
              <Money key={b.currency} minor={b.amountMinor} currency={b.currency} />
            ))}
          </p>
        )}
        {seeAll(`/p/${business.slug}/invoices`)}
      </Panel>
      <Panel id="docs" title={td('latestDocuments')}>
        {documents.length === 0 ? (
          <p>{td('noDocuments')}</p>
        ) : (
          <DocumentList portal={business.slug} documents={documents} timeZone={business.timezone} />
        )}
        {seeAll(`/p/${business.slug}/documents`)}
      </Panel>
    </main>
  );
}
