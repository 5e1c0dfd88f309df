import 'server-only';
import { listBusinessStaff } from '@/lib/staff/list-business-staff';
import { listServices } from '@/lib/services/save-service';

/** The services on offer and the staff, for the appointment form. */
export async function appointmentFormOptions(businessId: string) {
  const [services, staff] = await Promise.all([listServices(businessId), listBusinessStaff(businessId)]);
  return {
    services: services
      .filter((s) => s.active)
      .map((s) => ({ id: s.id, name: s.name, durationMinutes: s.durationMinutes })),
    staff: staff.map((s) => ({ id: s.id, name: s.displayName })),
  };
}
