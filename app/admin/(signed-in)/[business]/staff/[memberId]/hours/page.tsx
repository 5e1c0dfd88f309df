import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { StaffHoursForm } from '@/components/admin/settings/staff-hours-form';
import { saveStaffHoursAction } from '@/lib/actions/admin-staff';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { getStaffHours } from '@/lib/booking/staff-hours';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.staffHours'))('title') };
}

/** When a staff member works: online booking offers their times only inside these (and the opening hours). */
export default async function StaffHoursPage({ params }: PageProps<'/admin/[business]/staff/[memberId]/hours'>) {
  const { business: slug, memberId } = await params;
  const { business } = await requireStaffPermission(slug, 'staff.manage');
  const [t, member] = await Promise.all([getTranslations('admin.staffHours'), getStaffHours(business.id, memberId)]);
  if (!member) notFound();
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link
        href={`/admin/${business.slug}/staff`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('heading', { name: member.displayName })}</h1>
      <StaffHoursForm initial={member.form} save={saveStaffHoursAction.bind(null, business.slug, member.id)} />
    </main>
  );
}
