'use server';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { assignConversation } from '@/lib/conversations/assign-conversation';
import { addCannedReply, removeCannedReply } from '@/lib/conversations/canned-replies';
import { notifyClientOfReply } from '@/lib/conversations/notify-of-message';
import { postStaffMessage } from '@/lib/conversations/post-staff-message';
import { setConversationStatus } from '@/lib/conversations/set-conversation-status';
import { fail } from '@/lib/result';

// Conversations (issue 30), staff's side: the business of the URL among the staff member's own,
// and the role (clients.write to write, settings.write for the saved replies); another business's
// client is not found.

export async function sendStaffMessageAction(businessSlug: string, clientId: string, note: boolean, values: unknown) {
  return withStaffAction(businessSlug, 'clients.write', async ({ staff, business }) => {
    if (typeof clientId !== 'string' || typeof note !== 'boolean') return fail('notFound');
    const posted = await postStaffMessage(
      { businessId: business.id, clientId, staffIdentityId: staff.id, note },
      values,
    );
    if (posted.ok && posted.notifyClient) await notifyClientOfReply(business, clientId);
    return posted;
  });
}

export async function setConversationStatusAction(businessSlug: string, clientId: string, status: 'open' | 'closed') {
  return withStaffAction(businessSlug, 'clients.write', async ({ staff, business }) => {
    if (typeof clientId !== 'string' || (status !== 'open' && status !== 'closed')) return fail('notFound');
    return setConversationStatus({ businessId: business.id, clientId, staffIdentityId: staff.id, status });
  });
}

export async function assignConversationAction(businessSlug: string, clientId: string, assignee: string) {
  return withStaffAction(businessSlug, 'clients.write', async ({ staff, business }) => {
    if (typeof clientId !== 'string') return fail('notFound');
    return assignConversation({
      businessId: business.id,
      clientId,
      staffIdentityId: staff.id,
      assignee: assignee || null,
    });
  });
}

// Saved replies: owners and admins keep the list (settings.write); every staff member uses it.

export async function addCannedReplyAction(businessSlug: string, values: unknown) {
  return withStaffAction(businessSlug, 'settings.write', ({ staff, business }) =>
    addCannedReply({ businessId: business.id, staffIdentityId: staff.id }, values),
  );
}

export async function removeCannedReplyAction(businessSlug: string, id: string) {
  return withStaffAction(businessSlug, 'settings.write', ({ staff, business }) =>
    removeCannedReply({ businessId: business.id, staffIdentityId: staff.id }, id),
  );
}
