import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db, isPostgres } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseMoney } from '@/lib/format/money';
import { forgetAppointmentNames } from '@/lib/appointments/appointment-names';
import { ZServiceForm } from './service-schema';
import { fail, invalid, invalidInput } from '@/lib/result';

/**
 * Create or change a service: its name in each language (the business's own required),
 * duration, price and the staff who provide it, all of this business.
 */
export async function saveService({
  business,
  serviceId,
  values,
  staffIdentityId,
}: {
  business: { id: string; defaultLocale: string; currency: string };
  serviceId?: string;
  values: unknown;
  staffIdentityId: string;
}) {
  const parsed = ZServiceForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const names = parsed.data.names as Record<string, string>;
  const name = names[business.defaultLocale];
  if (!name) return invalid({ [`names.${business.defaultLocale}`]: 'nameRequired' });
  const staffIds = [...new Set(parsed.data.staffIds)];
  const staff = await db.staffMember.findMany({
    where: { businessId: business.id, id: { in: staffIds } },
    select: { id: true },
  });
  if (staff.length !== staffIds.length) return invalid({ staffIds: 'staffUnknown' });
  const data = {
    name,
    names: JSON.stringify(Object.fromEntries(Object.entries(names).filter(([, v]) => v))),
    durationMinutes: Number(parsed.data.durationMinutes),
    bufferMinutes: Number(parsed.data.bufferMinutes || 0),
    priceMinor: parseMoney(parsed.data.price, business.currency) ?? 0,
    active: parsed.data.active,
  };
  const id = await db.$transaction(async (tx) => {
    let id = serviceId;
    if (serviceId) {
      const { count } = await tx.service.updateMany({ where: { id: serviceId, businessId: business.id }, data });
      if (count === 0) return null;
      await tx.serviceStaff.deleteMany({ where: { serviceId, businessId: business.id } });
    } else {
      id = (await tx.service.create({ data: { ...data, businessId: business.id }, select: { id: true } })).id;
    }
    await tx.serviceStaff.createMany({
      data: staffIds.map((staffMemberId) => ({ businessId: business.id, serviceId: id!, staffMemberId })),
    });
    return id!;
  });
  if (!id) return fail('notFound');
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: serviceId ? 'service.changed' : 'service.created',
    targetType: 'service',
    targetId: id,
    meta: { durationMinutes: data.durationMinutes, priceMinor: data.priceMinor, active: data.active },
  });
  forgetAppointmentNames(business.id); // the portal shows the new name at once
  return { ok: true as const, serviceId: id };
}

/** The business's services with who provides each (for the list, the form and booking); `q` searches names. */
export function listServices(businessId: string, q = '') {
  const text = (value: string) =>
    ({ contains: value, ...(isPostgres() ? { mode: 'insensitive' } : {}) }) as Prisma.StringFilter;
  return db.service.findMany({
    where: { businessId, ...(q ? { OR: [{ name: text(q) }, { names: text(q) }] } : {}) },
    select: {
      id: true,
      name: true,
      names: true,
      durationMinutes: true,
      bufferMinutes: true,
      priceMinor: true,
      active: true,
      staff: { select: { staffMemberId: true, staffMember: { select: { displayName: true } } } },
    },
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    take: 200,
  });
}
