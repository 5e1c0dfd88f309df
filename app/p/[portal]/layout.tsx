import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { AccountMenu } from '@/components/portal/account-menu';
import { BusinessLogo } from '@/components/portal/business-logo';
import { PortalNav } from '@/components/portal/portal-nav';
import { ViewAsBanner } from '@/components/portal/view-as-banner';
import { PortalServiceWorker } from '@/components/portal/service-worker';
import { portalSignInPath } from '@/lib/auth/config';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { brandColors } from '@/lib/format/contrast';
import { currentPortalAddress } from '@/lib/business/change-portal-address';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { PORTAL_PATH_HEADER } from '@/lib/i18n/portal-header';

/** The portal's icon (tab and home screen): the business's logo, else its initials on its colour. */
export async function generateMetadata({ params }: LayoutProps<'/p/[portal]'>): Promise<Metadata> {
  const business = await findPortalBusiness((await params).portal);
  if (!business) return {};
  const icon = business.logoUrl ?? `/api/branding/${business.id}/icon`;
  return {
    icons: { icon: [{ url: icon, type: 'image/png' }], apple: [{ url: icon, type: 'image/png' }] },
    // the installable portal (lib/branding/web-app-manifest.ts)
    manifest: `/p/${business.slug}/manifest.webmanifest`,
    appleWebApp: { capable: true, title: business.name, statusBarStyle: 'default' },
  };
}

/** The browser's bar in the business's colour (and the installed app's). */
export async function generateViewport({ params }: LayoutProps<'/p/[portal]'>): Promise<Viewport> {
  const business = await findPortalBusiness((await params).portal);
  return business ? { themeColor: brandColors(business.accentColor).accent } : {};
}

export default async function PortalLayout({ children, params }: LayoutProps<'/p/[portal]'>) {
  const { portal } = await params;
  const business = await findPortalBusiness(portal);
  if (!business) {
    // an address the business used before: 308 to the same page at the current one
    const current = await currentPortalAddress(portal);
    if (!current) notFound();
    const path = (await headers()).get(PORTAL_PATH_HEADER) ?? `/p/${portal}`;
    permanentRedirect(path.replace(/^\/p\/[^/?]+/, `/p/${current}`));
  }
  const [t, client, path] = await Promise.all([
    getTranslations('portal'),
    getPortalClient(business.id),
    headers().then((h) => h.get(PORTAL_PATH_HEADER) ?? ''),
  ]);
  // the home page has its own big sign-in button, and the sign-in pages need no link to themselves
  const section = /^\/p\/[^/?]+\/?([^/?]*)/.exec(path)?.[1] ?? '';
  const onAuthPage = ['', 'sign-in', 'sign-up', 'forgot-password', 'welcome', 'choose-password'].includes(section);
  const { accent, onAccent } = brandColors(business.accentColor);
  return (
    <div
      style={{ '--brand-accent': accent, '--brand-on-accent': onAccent } as React.CSSProperties}
      className="flex min-h-dvh flex-col"
    >
      {client?.viewAs && (
        <ViewAsBanner
          business={business.slug}
          client={{
            id: client.id,
            name: `${client.firstName} ${client.lastName}`.trim(),
            isDemo: client.viewAs.isDemo,
          }}
        />
      )}
      <header className="border-b border-slate-200 bg-white" aria-label={t('headerLabel', { business: business.name })}>
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-2">
          <Link href={`/p/${business.slug}`} className="flex min-h-11 min-w-0 items-center gap-3 rounded-lg">
            <BusinessLogo name={business.name} logoUrl={business.logoUrl} accentColor={business.accentColor} />
            <span className="truncate text-lg font-semibold">{business.name}</span>
          </Link>
          <div className="flex shrink-0 items-center gap-2">
            {!client && business.allowClientLogin && business.showLoginLink && !onAuthPage && (
              // seed 000: the "Log in to your account" link in the portal header, a business setting
              <Link
                href={portalSignInPath(business.slug)}
                className="inline-flex min-h-11 items-center rounded-md bg-accent px-3 text-sm font-medium text-on-accent"
              >
                {t('signIn')}
              </Link>
            )}
            {client ? (
              <AccountMenu
                portal={business.slug}
                name={`${client.firstName} ${client.lastName}`.trim()}
                email={client.email}
                portals={client.identity._count.clients}
                canSignOut={!client.viewAs}
              />
            ) : (
              <LocaleSwitcher />
            )}
          </div>
        </div>
        {client && <PortalNav portal={business.slug} unread={client.conversation?.clientUnread ?? 0} />}
      </header>
      <div className={`mx-auto w-full max-w-3xl flex-1 px-4 py-6 ${client ? 'pb-28 md:pb-6' : ''}`}>{children}</div>
      <PortalServiceWorker portal={business.slug} />
    </div>
  );
}
