import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CopyButton } from '@/components/admin/copy-button';
import { PortalAddressForm } from '@/components/admin/portal-address-form';
import { changePortalAddressAction } from '@/lib/actions/admin-settings';
import { can } from '@/lib/auth/guards/permissions';
import { viewAsDemoClientAction } from '@/lib/actions/admin-view-as';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { appUrl } from '@/lib/env';
import { ActionForm } from '@/components/ui/action-form';
import { Panel } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.portal'))('title') };
}

/** The business's client portal (seed 001): its address, and "View as Demo Client". */
export default async function ClientPortalPage({ params, searchParams }: PageProps<'/admin/[business]/portal'>) {
  const { business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const changed = (await searchParams).changed === '1';
  const t = await getTranslations('admin.portal');
  const url = `${appUrl()}/p/${business.slug}`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <Panel id="address" title={t('address')} gap="gap-2">
        <label htmlFor="portal-url" className="text-sm text-slate-700">
          {t('addressLead')}
        </label>
        <input
          id="portal-url"
          readOnly
          value={url}
          className="min-h-11 w-full rounded-lg border border-slate-400 bg-slate-50 px-3 font-mono text-sm"
        />
        {changed && (
          <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 ring-1 ring-green-200">
            {t('changed')}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-4">
          <CopyButton text={url} label={t('copy')} />
          <a
            href={url}
            target="_blank"
            rel="noopener"
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            {t('open')}
          </a>
        </div>
      </Panel>
      {can(role, 'settings.write') && (
        <Panel id="edit-address" title={t('editTitle')} gap="gap-2">
          <PortalAddressForm
            slug={business.slug}
            prefix={`${appUrl()}/p/`}
            save={changePortalAddressAction.bind(null, business.slug)}
          />
        </Panel>
      )}
      <Panel id="demo" title={t('demoTitle')} gap="gap-2">
        <p className="text-slate-700">{t('demoLead')}</p>
        <ActionForm
          permalink={`/admin/${business.slug}/portal`}
          action={viewAsDemoClientAction.bind(null, business.slug)}
        >
          <button type="submit" className="min-h-11 rounded-lg bg-accent px-4 font-medium text-on-accent">
            {t('viewAsDemo')}
          </button>
        </ActionForm>
      </Panel>
    </main>
  );
}
