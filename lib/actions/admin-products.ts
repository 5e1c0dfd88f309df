'use server';
import { revalidatePath } from 'next/cache';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { fulfilOrder } from '@/lib/payments/fulfil-order';
import { saveProduct } from '@/lib/products/save-product';
import { fail } from '@/lib/result';

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 40;

/** Create (productId null) or change a product; owners and admins. */
export async function saveProductAction(businessSlug: string, productId: string | null, values: unknown) {
  return withStaffAction(businessSlug, 'settings.write', async ({ staff, business }) => {
    if (productId !== null && !isId(productId)) return fail('notFound');
    const result = await saveProduct({
      business,
      productId: productId ?? undefined,
      values,
      staffIdentityId: staff.id,
    });
    revalidatePath(`/admin/${business.slug}/products`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}

/** A bank transfer arrived: the order is paid (once) with everything it gives. */
export async function confirmOrderAction(businessSlug: string, orderId: unknown, reference: unknown) {
  return withStaffAction(businessSlug, 'invoices.write', async ({ staff, business }) => {
    if (!isId(orderId)) return fail('notPending' as const);
    const result = await fulfilOrder({
      businessId: business.id,
      orderId,
      method: 'bank_transfer',
      reference: typeof reference === 'string' && reference.trim() ? reference.trim().slice(0, 100) : null,
      actor: { type: 'staff', id: staff.id },
    });
    revalidatePath(`/admin/${business.slug}`, 'layout');
    return result;
  });
}
