import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { StaffInviteForm } from '@/components/admin/staff-invite-form';
import { StaffMemberActions } from '@/components/admin/staff-member-actions';
import { changeStaffRoleAction, inviteStaffAction, removeStaffAction } from '@/lib/actions/admin-staff';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listStaff } from '@/lib/staff/manage-staff';
import { STAFF_ROLES } from '@/lib/staff/staff-schemas';
import { Panel } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.staff'))('title') };
}

/** The business's staff: invite, change a role, remove; pending invitations. */
export default async function StaffPage({ params }: PageProps<'/admin/[business]/staff'>) {
  const { staff, business, role } = await requireStaffPermission((await params).business, 'staff.manage');
  const [t, format, list] = await Promise.all([getTranslations('admin.staff'), getFormatter(), listStaff(business.id)]);
  const roles = STAFF_ROLES.filter((r) => r !== 'owner' || can(role, 'owners.manage'));
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <Panel id="invite" title={t('inviteTitle')}>
        <p className="text-sm text-slate-700">{t('inviteLead')}</p>
        <StaffInviteForm invite={inviteStaffAction.bind(null, business.slug)} roles={[...roles]} />
      </Panel>
      <Panel id="members" title={t('members')} plain>
        <ul className="flex flex-col gap-3">
          {list.members.map((m) => (
            <li
              key={m.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
            >
              <div>
                <p className="font-medium">
                  {m.displayName}
                  {m.identity.id === staff.id && <span className="ml-2 text-sm text-slate-600">{t('you')}</span>}
                </p>
                <p className="text-sm text-slate-700">
                  {m.identity.email} · {m.identity.totpEnabledAt ? t('twoStepOn') : t('twoStepOff')}
                </p>
                <Link
                  href={`/admin/${business.slug}/staff/${m.id}/hours`}
                  aria-label={t('hoursOf', { name: m.displayName })}
                  className="inline-flex min-h-11 items-center text-sm text-blue-800 underline"
                >
                  {t('hours')}
                </Link>
              </div>
              {m.role === 'owner' && !can(role, 'owners.manage') ? (
                <span className="text-sm">{t('roles.owner')}</span>
              ) : (
                <StaffMemberActions
                  name={m.displayName}
                  role={m.role}
                  roles={[...roles]}
                  changeRole={changeStaffRoleAction.bind(null, business.slug, m.id)}
                  remove={removeStaffAction.bind(null, business.slug, m.id)}
                />
              )}
            </li>
          ))}
        </ul>
      </Panel>
      {list.invites.length > 0 && (
        <Panel id="pending" title={t('pending')} gap="gap-2" plain>
          <ul className="flex flex-col gap-1">
            {list.invites.map((i) => (
              <li key={i.id}>
                {i.email} · {t(`roles.${i.role as 'staff'}`)} ·{' '}
                {t('expires', {
                  date: format.dateTime(i.expiresAt, { dateStyle: 'medium', timeZone: business.timezone }),
                })}
              </li>
            ))}
          </ul>
        </Panel>
      )}
    </main>
  );
}
