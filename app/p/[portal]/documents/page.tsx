import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/data-table';
import { getTranslations } from 'next-intl/server';
import { DocumentList } from '@/components/portal/document-list';
import { UploadForm } from '@/components/portal/upload-form';
import { Pagination } from '@/components/ui/pagination';
import { listDocuments } from '@/lib/documents/list-client-documents';
import { ZPage } from '@/lib/format/pagination';
import { portalContext } from '@/lib/auth/guards/portal-context';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('documents'))('title') };
}

async function DocumentsPage({ params, searchParams }: PageProps<'/p/[portal]/documents'>) {
  const { business, client } = await portalContext(params);
  const page = ZPage.parse((await searchParams).page);
  const [t, list] = await Promise.all([
    getTranslations('documents'),
    listDocuments({ businessId: business.id, clientId: client.id, page }),
  ]);
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {list.items.length === 0 ? (
        <EmptyState>{t('empty', { business: business.name })}</EmptyState>
      ) : (
        <DocumentList portal={business.slug} documents={list.items} timeZone={business.timezone} />
      )}
      <Pagination page={page} pages={list.pages} href={(n) => `/p/${business.slug}/documents?page=${n}`} />
      <UploadForm portal={business.slug} business={business.name} />
    </main>
  );
}

export default withClientMessages(['documents'], DocumentsPage);
