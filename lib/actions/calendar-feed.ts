'use server';
import { revalidatePath } from 'next/cache';
import { withPortalClient } from '@/lib/auth/with-portal-client';
import { createCalendarFeed, revokeCalendarFeed } from '@/lib/portal/calendar-feed';

export async function createCalendarFeedAction(portal: string): Promise<void> {
  await withPortalClient(portal, ({ business, client }) =>
    createCalendarFeed({ businessId: business.id, clientId: client.id, identityId: client.identity.id }),
  );
  revalidatePath(`/p/${portal}/schedule`);
}

export async function revokeCalendarFeedAction(portal: string): Promise<void> {
  await withPortalClient(portal, ({ business, client }) =>
    revokeCalendarFeed({ businessId: business.id, clientId: client.id, identityId: client.identity.id }),
  );
  revalidatePath(`/p/${portal}/schedule`);
}
