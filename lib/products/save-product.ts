import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { parseMoney } from '@/lib/format/money';
import { ZProductForm } from './product-schema';
import { STAFF_PRODUCT_SELECT } from './get-staff-product';
import { fail, invalid, invalidInput } from '@/lib/result';

/**
 * Create or change a product: a name per language (the business's own required), price and
 * currency, and optionally a restricted page of this business that buying opens, for a
 * number of days or without end (seed 003).
 */
export async function saveProduct({
  business,
  productId,
  values,
  staffIdentityId,
}: {
  business: { id: string; defaultLocale: string };
  productId?: string;
  values: unknown;
  staffIdentityId: string;
}) {
  const parsed = ZProductForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const form = parsed.data;
  const names = form.names as Record<string, string>;
  const name = names[business.defaultLocale];
  if (!name) return invalid({ [`names.${business.defaultLocale}`]: 'nameRequired' });
  if (form.pageId) {
    const page = await db.restrictedPage.findFirst({
      where: { id: form.pageId, businessId: business.id },
      select: { id: true },
    });
    if (!page) return invalid({ pageId: 'pageUnknown' });
  }
  if (form.accessDays && !form.pageId) return invalid({ accessDays: 'daysWithoutPage' });
  const data = {
    name,
    names: JSON.stringify(Object.fromEntries(Object.entries(names).filter(([, v]) => v))),
    description: form.description || null,
    priceMinor: parseMoney(form.price, form.currency)!,
    currency: form.currency,
    pageId: form.pageId || null,
    accessDays: form.accessDays ? Number(form.accessDays) : null,
    active: form.active,
  };
  let id = productId;
  if (productId) {
    const { count } = await db.product.updateMany({ where: { id: productId, businessId: business.id }, data });
    if (count === 0) return fail('notFound');
  } else {
    id = (await db.product.create({ data: { ...data, businessId: business.id }, select: { id: true } })).id;
  }
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: productId ? 'product.changed' : 'product.created',
    targetType: 'product',
    targetId: id,
    meta: { priceMinor: data.priceMinor, currency: data.currency, pageId: data.pageId, accessDays: data.accessDays },
  });
  return { ok: true as const, productId: id! };
}

/** The business's products, offered first, by name (at most 200). */
export function listProducts(businessId: string) {
  return db.product.findMany({
    where: { businessId },
    select: { ...STAFF_PRODUCT_SELECT, page: { select: { title: true } } },
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    take: 200,
  });
}
