import { redirect } from 'next/navigation';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';

/** A business's admin opens on its clients. */
export default async function BusinessAdminHome({ params }: PageProps<'/admin/[business]'>) {
  const { business } = await requireStaffPermission((await params).business, 'clients.read');
  redirect(`/admin/${business.slug}/clients`);
}
