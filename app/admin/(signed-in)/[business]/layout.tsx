import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BusinessSwitcher } from '@/components/admin/business-switcher';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listTwoStepHelpRequests } from '@/lib/clients/two-step-help';
import { unreadConversations } from '@/lib/conversations/unread-conversations';

/** One business's admin: its name, its sections, and a switch to the staff member's other businesses. */
export default async function BusinessAdminLayout({ children, params }: LayoutProps<'/admin/[business]'>) {
  const { staff, business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const [t, helpRequests, unread] = await Promise.all([
    getTranslations('admin'),
    listTwoStepHelpRequests(business.id),
    unreadConversations(business.id),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <div className="flex flex-wrap items-center gap-4">
          <p className="text-lg font-semibold">{business.name}</p>
          <nav aria-label={t('sections')} className="flex flex-wrap gap-2">
            <Link
              href={`/admin/${business.slug}/today`}
              className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
            >
              {t('today.nav')}
            </Link>
            <Link
              href={`/admin/${business.slug}/clients`}
              className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
            >
              {t('clients.title')}
            </Link>
            <Link
              href={`/admin/${business.slug}/inbox`}
              className="inline-flex min-h-11 items-center gap-2 rounded px-2 font-medium underline-offset-4 hover:underline"
            >
              {t('inbox.nav')}
              {unread > 0 && (
                <span className="rounded-full bg-accent px-2 text-xs text-on-accent">
                  {t('inbox.navUnread', { count: unread })}
                </span>
              )}
            </Link>
            <Link
              href={`/admin/${business.slug}/schedule`}
              className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
            >
              {t('schedule.nav')}
            </Link>
            <Link
              href={`/admin/${business.slug}/invoices`}
              className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
            >
              {t('invoices.nav')}
            </Link>
            <Link
              href={`/admin/${business.slug}/pages`}
              className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
            >
              {t('pages.nav')}
            </Link>
            <Link
              href={`/admin/${business.slug}/portal`}
              className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
            >
              {t('portal.nav')}
            </Link>
            {can(role, 'staff.manage') && (
              <Link
                href={`/admin/${business.slug}/staff`}
                className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
              >
                {t('staff.nav')}
              </Link>
            )}
            {can(role, 'settings.write') && (
              <Link
                href={`/admin/${business.slug}/products`}
                className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
              >
                {t('products.nav')}
              </Link>
            )}
            <Link
              href={`/admin/${business.slug}/services`}
              className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
            >
              {t('services.nav')}
            </Link>
            {can(role, 'settings.write') && (
              <Link
                href={`/admin/${business.slug}/fields`}
                className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
              >
                {t('fields.nav')}
              </Link>
            )}
            {can(role, 'settings.write') && (
              <Link
                href={`/admin/${business.slug}/settings`}
                className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
              >
                {t('settings.nav')}
              </Link>
            )}
            {can(role, 'settings.write') && (
              <Link
                href={`/admin/${business.slug}/notifications`}
                className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
              >
                {t('notifications.nav')}
              </Link>
            )}
            {can(role, 'settings.write') && (
              <Link
                href={`/admin/${business.slug}/messages`}
                className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
              >
                {t('messages.nav')}
              </Link>
            )}
            {can(role, 'audit.read') && (
              <Link
                href={`/admin/${business.slug}/audit`}
                className="inline-flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline"
              >
                {t('auditLink')}
              </Link>
            )}
          </nav>
        </div>
        <BusinessSwitcher
          current={business.slug}
          businesses={staff.staff.map((m) => ({ slug: m.business.slug, name: m.business.name }))}
        />
      </div>
      {helpRequests.length > 0 && (
        <section
          aria-label={t('helpBanner')}
          className="flex flex-wrap items-center gap-2 rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200"
        >
          <span className="font-medium">{t('helpBanner')}</span>
          {helpRequests.map((r) => (
            <Link key={r.clientId} href={`/admin/${business.slug}/clients/${r.clientId}`} className="underline">
              {r.name}
            </Link>
          ))}
        </section>
      )}
      {children}
    </div>
  );
}
