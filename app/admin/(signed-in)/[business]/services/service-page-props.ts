import 'server-only';
import { listBusinessStaff } from '@/lib/staff/list-business-staff';
import { languageName, locales } from '@/lib/i18n/locales';

/** What the service form needs besides the service: the languages and the staff to tick. */
export async function serviceFormOptions(businessId: string) {
  const staff = await listBusinessStaff(businessId);
  return {
    languages: locales.map((code) => ({ code, name: languageName(code) })),
    staff: staff.map((s) => ({ id: s.id, name: s.displayName })),
  };
}
