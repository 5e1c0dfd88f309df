import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { ZPageForm } from './page-schema';
import { fail, invalid, invalidInput } from '@/lib/result';

/** Create or change a restricted page of this business; its address is unique within the business. */
export async function saveRestrictedPage({
  businessId,
  pageId,
  values,
  staffIdentityId,
}: {
  businessId: string;
  pageId?: string;
  values: unknown;
  staffIdentityId: string;
}) {
  const parsed = ZPageForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const data = parsed.data;
  const taken = await db.restrictedPage.findFirst({
    where: { businessId, slug: data.slug, ...(pageId ? { NOT: { id: pageId } } : {}) },
    select: { id: true },
  });
  if (taken) return invalid({ slug: 'slugTaken' });
  let id = pageId;
  if (pageId) {
    const { count } = await db.restrictedPage.updateMany({ where: { id: pageId, businessId }, data });
    if (count === 0) return fail('notFound');
  } else {
    id = (await db.restrictedPage.create({ data: { ...data, businessId }, select: { id: true } })).id;
  }
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: pageId ? 'page.changed' : 'page.created',
    targetType: 'page',
    targetId: id,
    meta: { slug: data.slug, published: data.published },
  });
  return { ok: true as const, pageId: id! };
}
