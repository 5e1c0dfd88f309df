'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import { createCalendarFeed, revokeCalendarFeed } from '@/lib/appointments/calendar-feed';

/** A refused write (staff viewing as the client) comes back to the page, which says why. */
function afterFeedChange(portal: string, result: unknown) {
  if ((result as { error?: string } | undefined)?.error === 'view_only') redirect(`/p/${portal}/schedule?refused=1`);
  revalidatePath(`/p/${portal}/schedule`);
}

export async function createCalendarFeedAction(portal: string): Promise<void> {
  const result = await withPortalClient(portal, ({ business, client }) =>
    createCalendarFeed({ businessId: business.id, clientId: client.id, identityId: client.identity.id }),
  );
  afterFeedChange(portal, result);
}

export async function revokeCalendarFeedAction(portal: string): Promise<void> {
  const result = await withPortalClient(portal, ({ business, client }) =>
    revokeCalendarFeed({ businessId: business.id, clientId: client.id, identityId: client.identity.id }),
  );
  afterFeedChange(portal, result);
}
