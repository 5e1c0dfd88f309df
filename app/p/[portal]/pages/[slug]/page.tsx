import type { Metadata } from 'next';
import { PageBody } from '@/components/portal/page-body';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { ForgetPagePassButton, PageCodeForm } from '@/components/portal/page-code-form';
import { findRestrictedPage } from '@/lib/pages/page-code';
import { pagePassClient } from '@/lib/pages/page-pass';
import { getClientPage } from '@/lib/pages/restricted-pages';
import { withClientMessages } from '@/components/i18n/with-client-messages';
import { Panel } from '@/components/ui/panel';

export const metadata: Metadata = { robots: { index: false } };

/**
 * A restricted page (seed 003): shown only while the client's access is current; otherwise why not, with the date.
 * A visitor who is not signed in gets the one-time password form (the code goes only to an email on the list).
 */
/** An access's `until` is exclusive (the instant it stops): the last moment inside it names its last day. */
const lastMoment = (until: Date) => new Date(until.getTime() - 1);

async function RestrictedPage({ params }: PageProps<'/p/[portal]/pages/[slug]'>) {
  const { portal, slug } = await params;
  const business = await findPortalBusiness(portal);
  if (!business) notFound();
  const [client, target, t] = await Promise.all([
    getPortalClient(business.id),
    findRestrictedPage(business.id, slug),
    getTranslations('pages'),
  ]);
  if (!target) notFound();
  // a signed-in client on the list, else this browser's pass for the page (opened by a one-time password)
  const passClientId = await pagePassClient(business.id, target.id);
  const viewerId = client?.id ?? passClientId;
  const page = viewerId ? await getClientPage({ businessId: business.id, clientId: viewerId, slug }) : null;
  if (!page && client) notFound();
  if (!page) {
    return (
      <main id="main" className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t('visitor.title', { business: business.name })}</h1>
        <p>{t('visitor.lead', { business: business.name })}</p>
        <section className="rounded-2xl bg-white p-5 ring-1 ring-slate-200">
          <PageCodeForm portal={business.slug} slug={target.slug} businessName={business.name} />
        </section>
        <p className="text-sm text-slate-700">
          {t('visitor.orSignIn', { business: business.name })}{' '}
          <Link
            href={`/p/${business.slug}/sign-in?${new URLSearchParams({ callbackUrl: `/p/${business.slug}/pages/${target.slug}` })}`}
            className="font-medium underline"
          >
            {t('visitor.signIn')}
          </Link>
        </p>
      </main>
    );
  }
  const byPass = !client;
  const format = await getFormatter();
  const date = (d: Date) =>
    format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: business.timezone });
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{page.title}</h1>
      {byPass && (
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <p>{t('visitor.openedByCode')}</p>
          <ForgetPagePassButton portal={business.slug} slug={target.slug} />
        </div>
      )}
      {page.state === 'expired' && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
          {t('expired', { date: date(lastMoment(page.until!)), business: business.name })}
        </p>
      )}
      {page.state === 'upcoming' && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
          {t('upcoming', { date: date(page.from) })}
        </p>
      )}
      {page.state === 'active' && 'body' in page && (
        <>
          <p className="text-sm text-slate-600">
            {page.until ? t('until', { date: date(lastMoment(page.until)) }) : t('unlimited')}
          </p>
          <article className="flex flex-col gap-3 rounded-2xl bg-white p-5 ring-1 ring-slate-200">
            <PageBody markdown={page.body} />
          </article>
          {page.files.length > 0 && (
            <Panel id="files" title={t('files')} gap="gap-2" plain>
              <ul className="flex flex-col gap-2">
                {page.files.map((f) => (
                  <li key={f.id}>
                    <a
                      href={`/api/portal/${business.slug}/pages/${slug}/files/${f.id}`}
                      download
                      className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium"
                    >
                      {t('download', { name: f.fileName })}
                    </a>
                  </li>
                ))}
              </ul>
            </Panel>
          )}
        </>
      )}
    </main>
  );
}

export default withClientMessages(['pages'], RestrictedPage);
