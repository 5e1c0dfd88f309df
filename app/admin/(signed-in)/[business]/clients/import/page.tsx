import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { ClientImport } from '@/components/admin/client-import';
import { analyzeImportAction, previewImportAction, runImportAction } from '@/lib/actions/admin-import';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { fieldLabel } from '@/lib/custom-fields/field-rules';
import { listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.import'))('title') };
}

/** Import a client list (seed 001): read, map, check, then import. */
export default async function ImportClientsPage({ params }: PageProps<'/admin/[business]/clients/import'>) {
  const { business } = await requireStaffPermission((await params).business, 'clients.import');
  const [t, locale, fields] = await Promise.all([
    getTranslations('admin.import'),
    getMessageLocale(),
    listFieldDefinitions(business.id),
  ]);
  const clientsPath = `/admin/${business.slug}/clients`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link href={clientsPath} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        {t('back')}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('lead')}</p>
      </div>
      <ClientImport
        analyze={analyzeImportAction.bind(null, business.slug)}
        preview={previewImportAction.bind(null, business.slug)}
        run={runImportAction.bind(null, business.slug)}
        fields={fields.map((f) => ({ key: f.key, label: fieldLabel(f, locale) }))}
        clientsPath={clientsPath}
      />
    </main>
  );
}
