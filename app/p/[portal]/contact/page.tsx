import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ContactForm } from '@/components/portal/contact-form';
import { sendContactAction } from '@/lib/actions/contact';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { issueFormToken } from '@/lib/public-forms/form-token';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('contact'))('title') };
}

/** Seed 001 "submit a contact form": anyone may write; a signed-in client writes as themselves. */
async function ContactPage({ params }: PageProps<'/p/[portal]/contact'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const [t, client] = await Promise.all([getTranslations('contact'), getPortalClient(business.id)]);
  const me = client && !client.viewAs ? client : null;
  return (
    <main id="main" className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('lead', { business: business.name })}</p>
      </div>
      <section className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <ContactForm
          send={sendContactAction.bind(null, business.slug)}
          formToken={await issueFormToken('contact', business.id)}
          signedIn={
            me ? { firstName: me.firstName, lastName: me.lastName, email: me.email ?? '', phone: me.phone ?? '' } : null
          }
        />
      </section>
    </main>
  );
}

export default withClientMessages(['contact', 'publicForms'], ContactPage);
