import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js';
import { getTranslations } from 'next-intl/server';
import { ContactChangeForm } from '@/components/portal/contact-change-form';
import { contactChangeProof, pendingContactChange } from '@/lib/clients/contact-change';
import { CONTACT_KINDS, type TContactKind } from '@/lib/clients/contact-change-schema';
import { portalContext } from '@/lib/auth/guards/portal-context';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata({ params }: PageProps<'/p/[portal]/profile/contact/[kind]'>): Promise<Metadata> {
  const t = await getTranslations('profile.change');
  return { title: (await params).kind === 'phone' ? t('phoneTitle') : t('emailTitle') };
}

/** Change the email or mobile number on the card: it takes effect only once the code sent to it is entered. */
async function ContactChangePage({ params }: PageProps<'/p/[portal]/profile/contact/[kind]'>) {
  const { kind } = await params;
  if (!CONTACT_KINDS.includes(kind as TContactKind)) notFound();
  const { business, client } = await portalContext(params);
  const [t, proof, pending] = await Promise.all([
    getTranslations('profile.change'),
    contactChangeProof(client, kind as TContactKind),
    pendingContactChange({ businessId: business.id, card: client }),
  ]);
  const current = client[kind as TContactKind];
  // numbers typed without a country code are read as the business's country's
  const callingCode = getCountryCallingCode(business.country as CountryCode);
  return (
    <main id="main" className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{kind === 'phone' ? t('phoneTitle') : t('emailTitle')}</h1>
        {current && <p className="text-slate-700">{t('current', { value: current })}</p>}
      </div>
      <section className="rounded-2xl bg-white p-5 ring-1 ring-slate-200">
        <ContactChangeForm
          portal={business.slug}
          businessName={business.name}
          kind={kind as TContactKind}
          callingCode={callingCode}
          proof={proof}
          pending={
            pending && pending.kind === kind ? { sentTo: pending.sentTo, proofSentTo: pending.proofSentTo } : null
          }
        />
      </section>
    </main>
  );
}

export default withClientMessages(['profile'], ContactChangePage);
