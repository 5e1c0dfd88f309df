import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { fieldInputs } from '@/lib/custom-fields/list-field-definitions';
import { ClientForm } from '@/components/admin/client-form';
import { updateClientAction } from '@/lib/actions/admin-clients';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { getClientCard } from '@/lib/clients/get-client-card';
import { isLocale, languageName, locales } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.clientForm'))('editTitle') };
}

export default async function EditClientPage({ params }: PageProps<'/admin/[business]/clients/[clientId]/edit'>) {
  const { business: slug, clientId } = await params;
  const { business } = await requireStaffPermission(slug, 'clients.write');
  const card = await getClientCard({ businessId: business.id, clientId });
  if (!card) notFound();
  const [t, locale] = await Promise.all([getTranslations('admin.clientForm'), getMessageLocale()]);
  const base = `/admin/${business.slug}/clients`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link
        href={`${base}/${card.id}`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('backToCard')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('editTitle')}</h1>
      <ClientForm
        isNew={false}
        initial={{
          firstName: card.firstName,
          lastName: card.lastName,
          email: card.email ?? '',
          phone: card.phone ?? '',
          locale: isLocale(card.locale) ? card.locale : '',
          notes: card.notes ?? '',
          billingAddress: card.billingAddress ?? '',
          taxNumber: card.taxNumber ?? '',
          sendWelcome: false,
          custom: Object.fromEntries(card.fields.map((f) => [f.key, f.value ?? ''])),
        }}
        fields={fieldInputs(card.fields, locale)}
        save={updateClientAction.bind(null, business.slug, card.id)}
        clientsPath={base}
        languages={locales.map((code) => ({ code, name: languageName(code) }))}
      />
    </main>
  );
}
