'use server';
import { redirect } from 'next/navigation';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { closeViewAs, openViewAs } from '@/lib/auth/guards/view-as';
import { ZSlug } from '@/lib/business/schemas';
import { findViewableClient } from '@/lib/clients/find-viewable-client';
import { ensureDemoClient } from '@/lib/demo/ensure-demo-client';
import { requestIp } from '@/lib/request-ip';
import { formField } from '@/lib/security/form-field';
import { fail } from '@/lib/result';

/**
 * "View as this client" (and "View as Demo Client", seed 001): opens the portal as that
 * client, read-only, for an hour at most; the opening is audited with the staff id.
 * Another business's card, or a role without clients.read, changes nothing.
 */
async function startViewAs(businessSlug: unknown, pick: (businessId: string) => Promise<string | null>) {
  const result = await withStaffAction(businessSlug, 'clients.read', async ({ staff, business }) => {
    const clientId = await pick(business.id);
    if (!clientId) return fail('not_found' as const);
    await openViewAs({ staffId: staff.id, businessId: business.id, clientId });
    await recordAuditEvent({
      businessId: business.id,
      actorType: 'staff',
      actorId: staff.id,
      action: 'client.viewed_as',
      targetType: 'client',
      targetId: clientId,
      ip: await requestIp(),
    });
    return { ok: true as const, slug: business.slug };
  });
  // a refusal changes nothing and says nothing more (the buttons are only shown to who may use them)
  if (result.ok) redirect(`/p/${result.slug}/dashboard`);
}

export async function viewAsClientAction(businessSlug: string, clientId: string): Promise<void> {
  await startViewAs(businessSlug, async (businessId) => (await findViewableClient(businessId, clientId))?.id ?? null);
}

export async function viewAsDemoClientAction(businessSlug: string): Promise<void> {
  await startViewAs(businessSlug, (businessId) => ensureDemoClient(businessId));
}

/** The banner's way back: the preview ends, and staff return to where they opened it. */
async function endViewAsAction(formData: FormData) {
  await closeViewAs();
  const slug = ZSlug.safeParse(formField(formData, 'business'));
  const clientId = formField(formData, 'client');
  if (!slug.success) redirect('/admin');
  redirect(
    typeof clientId === 'string' && /^[a-z0-9]{1,64}$/i.test(clientId)
      ? `/admin/${slug.data}/clients/${clientId}`
      : `/admin/${slug.data}/portal`,
  );
}

/** The server action behind the form (an ActionForm: useActionState passes the previous state first). */
export async function endViewAsActionForm(_previous: unknown, formData: FormData): Promise<void> {
  await endViewAsAction(formData);
}
