import 'server-only';
import { db } from '@/lib/db';
import { deliverMessage } from './deliver-message';
import type { TPushKind } from './push-kinds';

/**
 * A notification on the client's phones and computers (every browser that turned on this kind):
 * one message per browser in the delivery log, delivered now and retried like email and SMS. The
 * words say nothing sensitive (no amount, no document name): they show on a locked screen.
 */
export async function sendPush({
  businessId,
  clientId,
  kind,
  locale,
  title,
  body,
  link,
}: {
  businessId: string;
  clientId: string;
  kind: TPushKind;
  locale: string;
  title: string;
  body: string;
  /** the portal page it opens, a path under /p/<portal>/ */
  link: string;
}) {
  const subscriptions = await db.pushSubscription.findMany({
    where: { businessId, clientId },
    select: { id: true, kinds: true },
  });
  const results = [];
  for (const subscription of subscriptions) {
    if (!subscription.kinds.split(',').includes(kind)) continue;
    const message = await db.outboundMessage.create({
      data: {
        businessId,
        channel: 'push',
        kind: `push_${kind}`,
        locale,
        to: subscription.id,
        subject: title,
        text: body,
        link,
        status: 'queued',
        nextAttemptAt: new Date(),
      },
      select: { id: true },
    });
    results.push(await deliverMessage(message.id));
  }
  return results;
}
