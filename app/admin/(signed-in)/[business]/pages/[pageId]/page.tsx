import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import { ConfirmButton } from '@/components/ui/confirm-button';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { StaffUploadForm } from '@/components/admin/documents/staff-upload-form';
import { AccessRowActions } from '@/components/admin/pages/access-row';
import { GrantAccessForm } from '@/components/admin/pages/grant-access-form';
import { PageForm } from '@/components/admin/pages/page-form';
import {
  changePageAccessAction,
  grantPageAccessAction,
  removePageFileAction,
  savePageAction,
} from '@/lib/actions/admin-pages';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { getBusinessPage } from '@/lib/pages/list-business-pages';
import { lastZonedDay, zonedDay } from '@/lib/time/zoned-day';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.pages'))('title') };
}

const section = 'flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200';
const stateTone = {
  current: 'bg-emerald-100 text-emerald-900',
  upcoming: 'bg-sky-100 text-sky-900',
  ended: 'bg-slate-200 text-slate-800',
} as const;

/** One restricted page: its content, files and client list (seed 003 "Clients" tab). */
export default async function RestrictedPageDetail({ params }: PageProps<'/admin/[business]/pages/[pageId]'>) {
  const { business: slug, pageId } = await params;
  const { business, role } = await requireStaffPermission(slug, 'clients.read');
  const page = await getBusinessPage({ businessId: business.id, pageId });
  if (!page) notFound();
  const [t, tDocs, format] = await Promise.all([
    getTranslations('admin.pages'),
    getTranslations('admin.documents'),
    getFormatter(),
  ]);
  const canWrite = can(role, 'pages.write');
  const base = `/admin/${business.slug}/pages`;
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: business.timezone });
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link href={base} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        {t('back')}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{page.title}</h1>
        {!page.published && <span className="rounded-full bg-slate-200 px-2 py-0.5 text-sm">{t('unpublished')}</span>}
      </div>
      <Panel id="clients" title={t('clients')}>
        {page.accesses.length === 0 ? (
          <p className="text-slate-700">{t('noClients')}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-100">
            {page.accesses.map((a) => {
              const name = `${a.client.firstName} ${a.client.lastName}`.trim();
              return (
                <li key={a.id} className="flex flex-col gap-2 py-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link
                      href={`/admin/${business.slug}/clients/${a.client.id}`}
                      className="font-medium text-blue-800 underline"
                    >
                      {name}
                    </Link>
                    <span className="text-sm text-slate-600">{a.client.email}</span>
                    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${stateTone[a.state]}`}>
                      {t(`states.${a.state}`)}
                    </span>
                    <span className="text-sm text-slate-700">
                      {day(a.from)} – {a.until ? day(new Date(a.until.getTime() - 1)) : t('unlimited')}
                    </span>
                  </div>
                  {canWrite && (
                    <AccessRowActions
                      name={name}
                      from={zonedDay(a.from, business.timezone)}
                      until={a.until ? lastZonedDay(a.until, business.timezone) : ''}
                      ended={a.state === 'ended'}
                      change={changePageAccessAction.bind(null, business.slug, a.id)}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {canWrite && (
          <GrantAccessForm
            today={zonedDay(new Date(), business.timezone)}
            grant={grantPageAccessAction.bind(null, business.slug, page.id)}
          />
        )}
      </Panel>
      <Panel id="files" title={t('files')}>
        {page.files.length === 0 ? (
          <p className="text-slate-700">{t('noFiles')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {page.files.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center gap-3">
                <a
                  href={`/api/admin/${business.slug}/documents/${f.id}`}
                  download
                  aria-label={tDocs('download', { title: f.fileName })}
                  className="text-blue-800 underline"
                >
                  {f.fileName}
                </a>
                {canWrite && (
                  <ConfirmButton
                    label={t('removeFile', { name: f.fileName })}
                    title={t('removeFileTitle', { name: f.fileName })}
                    body={t('removeFileBody')}
                    confirmLabel={t('remove')}
                    cancelLabel={t('keep')}
                    failure={t('errors.notFound')}
                    action={removePageFileAction.bind(null, business.slug, f.id)}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {canWrite && (
          <StaffUploadForm action={`/api/admin/${business.slug}/pages/${page.id}/files`} heading={t('attach')} />
        )}
      </Panel>
      {canWrite && (
        <section className={section}>
          <PageForm
            initial={{ title: page.title, slug: page.slug, body: page.body, published: page.published }}
            save={savePageAction.bind(null, business.slug, page.id)}
            pagesPath={base}
            portalPath={`/p/${business.slug}/pages/`}
          />
        </section>
      )}
    </main>
  );
}
