'use server';
import { revalidatePath } from 'next/cache';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { issueInvoice } from '@/lib/invoices/issue-invoice';
import { recordPayment } from '@/lib/invoices/record-payment';
import { saveDraftInvoice } from '@/lib/invoices/save-draft-invoice';
import { startCreditNote } from '@/lib/invoices/start-credit-note';
import { deleteDraftInvoice, voidInvoice } from '@/lib/invoices/void-invoice';
import { fail } from '@/lib/result';

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 40;

/** Save a new draft invoice, or change a draft (invoiceId). */
export async function saveInvoiceDraftAction(businessSlug: string, invoiceId: string | null, values: unknown) {
  return withStaffAction(businessSlug, 'invoices.write', async ({ staff, business }) => {
    if (invoiceId !== null && !isId(invoiceId)) return fail('notFound');
    const result = await saveDraftInvoice({
      business,
      invoiceId: invoiceId ?? undefined,
      values,
      staffIdentityId: staff.id,
    });
    if (result.ok) revalidatePath(`/admin/${business.slug}/invoices`, 'layout');
    return result;
  });
}

/** Issue a draft: numbered, open, and the client emailed. */
export async function issueInvoiceAction(businessSlug: string, invoiceId: string) {
  return withStaffAction(businessSlug, 'invoices.write', async ({ staff, business }) => {
    if (!isId(invoiceId)) return fail('notDraft' as const);
    const result = await issueInvoice({ business, invoiceId, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/invoices`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}

/** Void an open invoice nobody paid. */
export async function voidInvoiceAction(businessSlug: string, invoiceId: string) {
  return withStaffAction(businessSlug, 'invoices.write', async ({ staff, business }) => {
    if (!isId(invoiceId)) return fail('notFound' as const);
    const result = await voidInvoice({ businessId: business.id, invoiceId, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/invoices`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}

/** Delete a draft (never numbered). */
export async function deleteInvoiceDraftAction(businessSlug: string, invoiceId: string) {
  return withStaffAction(businessSlug, 'invoices.write', async ({ staff, business }) => {
    if (!isId(invoiceId)) return fail('notDraft' as const);
    const result = await deleteDraftInvoice({ businessId: business.id, invoiceId, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/invoices`, 'layout');
    return result;
  });
}

/** Start a credit note for an issued invoice (a draft with its lines). */
export async function startCreditNoteAction(businessSlug: string, invoiceId: string) {
  return withStaffAction(businessSlug, 'invoices.write', async ({ staff, business }) => {
    if (!isId(invoiceId)) return fail('notIssued' as const);
    const result = await startCreditNote({ businessId: business.id, invoiceId, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/invoices`, 'layout');
    return result;
  });
}

/** Record a payment against an open invoice. */
export async function recordPaymentAction(businessSlug: string, invoiceId: string, values: unknown) {
  return withStaffAction(businessSlug, 'invoices.write', async ({ staff, business }) => {
    if (!isId(invoiceId)) return fail('notFound');
    const result = await recordPayment({ businessId: business.id, invoiceId, values, staffIdentityId: staff.id });
    revalidatePath(`/admin/${business.slug}/invoices`, 'layout');
    revalidatePath(`/p/${business.slug}`, 'layout');
    return result;
  });
}
