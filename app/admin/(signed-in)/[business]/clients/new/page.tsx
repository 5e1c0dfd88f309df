import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { fieldInputs, listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';
import { ClientForm } from '@/components/admin/client-form';
import { createClientAction } from '@/lib/actions/admin-clients';
import { requireStaffPermission } from '@/lib/admin/require-staff-permission';
import { languageName, locales } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.clientForm'))('newTitle') };
}

export default async function NewClientPage({ params }: PageProps<'/admin/[business]/clients/new'>) {
  const { business } = await requireStaffPermission((await params).business, 'clients.write');
  const [t, locale, fields] = await Promise.all([
    getTranslations('admin.clientForm'),
    getLocale(),
    listFieldDefinitions(business.id),
  ]);
  const base = `/admin/${business.slug}/clients`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link href={base} className="self-start py-2 text-blue-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('newTitle')}</h1>
      <ClientForm
        isNew
        initial={{
          firstName: '',
          lastName: '',
          email: '',
          phone: '',
          locale: '',
          notes: '',
          billingAddress: '',
          taxNumber: '',
          sendWelcome: false,
          custom: {},
        }}
        fields={fieldInputs(fields, locale)}
        save={createClientAction.bind(null, business.slug)}
        clientsPath={base}
        languages={locales.map((code) => ({ code, name: languageName(code) }))}
      />
    </main>
  );
}
