import type { Metadata } from 'next';
import { SubPage } from '@/components/ui/page-header';
import { getTranslations } from 'next-intl/server';
import { PageForm } from '@/components/admin/pages/page-form';
import { savePageAction } from '@/lib/actions/admin-pages';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.pages'))('new') };
}

export default async function NewRestrictedPage({ params }: PageProps<'/admin/[business]/pages/new'>) {
  const { business } = await requireStaffPermission((await params).business, 'pages.write');
  const t = await getTranslations('admin.pages');
  const base = `/admin/${business.slug}/pages`;
  return (
    <SubPage back={base} backLabel={t('back')} title={t('new')} wide="max-w-3xl">
      <PageForm
        initial={{ title: '', slug: '', body: '', published: true }}
        save={savePageAction.bind(null, business.slug, null)}
        pagesPath={base}
        portalPath={`/p/${business.slug}/pages/`}
      />
    </SubPage>
  );
}
