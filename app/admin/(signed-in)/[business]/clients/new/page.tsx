import type { Metadata } from 'next';
import { SubPage } from '@/components/ui/page-header';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { fieldInputs, listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';
import { ClientForm } from '@/components/admin/client-form';
import { createClientAction } from '@/lib/actions/admin-clients';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { languageName, locales } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.clientForm'))('newTitle') };
}

export default async function NewClientPage({ params }: PageProps<'/admin/[business]/clients/new'>) {
  const { business } = await requireStaffPermission((await params).business, 'clients.write');
  const [t, locale, fields] = await Promise.all([
    getTranslations('admin.clientForm'),
    getMessageLocale(),
    listFieldDefinitions(business.id),
  ]);
  const base = `/admin/${business.slug}/clients`;
  return (
    <SubPage back={base} backLabel={t('back')} title={t('newTitle')}>
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
    </SubPage>
  );
}
