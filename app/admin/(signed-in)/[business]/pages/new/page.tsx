import type { Metadata } from 'next';
import Link from 'next/link';
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
    <main id="main" className="flex max-w-3xl flex-col gap-4">
      <Link href={base} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('new')}</h1>
      <PageForm
        initial={{ title: '', slug: '', body: '', published: true }}
        save={savePageAction.bind(null, business.slug, null)}
        pagesPath={base}
        portalPath={`/p/${business.slug}/pages/`}
      />
    </main>
  );
}
