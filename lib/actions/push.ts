'use server';
import { withPortalClient } from '@/lib/auth/guards/with-portal-client';
import { removePushSubscription, savePushSubscription, setPushKinds } from '@/lib/messaging/push-subscriptions';

// A client's notifications on their phones and computers (Web Push), from the portal's Security
// page: every action checks the portal's session; the rows are scoped by business and client.

export async function savePushSubscriptionAction(portal: string, values: unknown) {
  return withPortalClient(portal, ({ business, client }) =>
    savePushSubscription({ businessId: business.id, clientId: client.id }, values),
  );
}

export async function setPushKindsAction(portal: string, values: unknown) {
  return withPortalClient(portal, ({ business, client }) =>
    setPushKinds({ businessId: business.id, clientId: client.id }, values),
  );
}

export async function removePushSubscriptionAction(portal: string, endpoint: string) {
  return withPortalClient(portal, ({ business, client }) =>
    removePushSubscription({ businessId: business.id, clientId: client.id }, endpoint),
  );
}
