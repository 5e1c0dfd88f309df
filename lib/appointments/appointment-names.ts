import 'server-only';
import { db } from '@/lib/db';

// The names an appointment card shows (its service, its staff member) change rarely and
// number in the tens per business: each server keeps them for 30 s instead of joining
// them into every appointment query (Prisma on SQLite loads each relation with a query
// of its own). A name saved on this server shows at once (forgetAppointmentNames); on
// another instance within 30 s. An id not yet known reloads them.
const TTL_MS = 30_000;

type TNames = {
  services: Map<string, { name: string; names: string }>;
  staff: Map<string, { displayName: string }>;
  loadedAt: number;
};
const store = ((globalThis as { porticoAppointmentNames?: Map<string, Promise<TNames>> }).porticoAppointmentNames ??=
  new Map());

async function load(businessId: string, now: number): Promise<TNames> {
  const [services, staff] = await Promise.all([
    db.service.findMany({ where: { businessId }, select: { id: true, name: true, names: true } }),
    db.staffMember.findMany({ where: { businessId }, select: { id: true, displayName: true } }),
  ]);
  return {
    services: new Map(services.map(({ id, ...names }) => [id, names])),
    staff: new Map(staff.map(({ id, displayName }) => [id, { displayName }])),
    loadedAt: now,
  };
}

async function namesOf(businessId: string, ids: { serviceIds: string[]; staffIds: string[] }, now = Date.now()) {
  let entry = store.get(businessId);
  let names = entry ? await entry.catch(() => null) : null;
  const unknown =
    names &&
    (ids.serviceIds.some((id) => !names!.services.has(id)) || ids.staffIds.some((id) => !names!.staff.has(id)));
  if (!names || unknown || now - names.loadedAt > TTL_MS) {
    entry = load(businessId, now);
    store.set(businessId, entry);
    names = await entry;
  }
  return names;
}

/** After a service or staff name changes. */
export function forgetAppointmentNames(businessId: string) {
  store.delete(businessId);
}

/** The rows with `service` and `staffMember` filled in, as a relation include would. */
export async function withAppointmentNames<T extends { serviceId: string | null; staffMemberId: string | null }>(
  businessId: string,
  rows: T[],
) {
  if (rows.length === 0) return [];
  const serviceIds = rows.flatMap((r) => (r.serviceId ? [r.serviceId] : []));
  const staffIds = rows.flatMap((r) => (r.staffMemberId ? [r.staffMemberId] : []));
  const names = await namesOf(businessId, { serviceIds, staffIds });
  return rows.map(({ serviceId, staffMemberId, ...row }) => ({
    ...row,
    service: (serviceId && names.services.get(serviceId)) || null,
    staffMember: (staffMemberId && names.staff.get(staffMemberId)) || null,
  }));
}
