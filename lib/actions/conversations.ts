'use server';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import { alertStaffOfMessage } from '@/lib/conversations/notify-of-message';
import { postClientMessage } from '@/lib/conversations/post-client-message';

// Conversations (issue 30), the client's side: the portal's session; staff's side is
// lib/actions/admin-conversations.ts. Every row is scoped by business and client.

export async function sendClientMessageAction(portal: string, values: unknown) {
  return withPortalClient(portal, async ({ business, client }) => {
    const posted = await postClientMessage({ business, clientId: client.id }, values);
    if (posted.ok && posted.alertStaff) await alertStaffOfMessage(business, client.id);
    return posted;
  });
}
