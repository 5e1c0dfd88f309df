import 'server-only';
import webpush, { WebPushError } from 'web-push';
import { db } from '@/lib/db';
import { isPushEndpoint } from './push-endpoint';
import { vapidKeys } from './vapid-keys';

/** how long a push service keeps a notification for a phone that is off: a day */
const TTL_SECONDS = 24 * 3600;

/**
 * Sends one push message to one browser: the payload encrypted to its keys (aes128gcm, RFC 8291),
 * signed with our VAPID key (RFC 8292), through the `web-push` package. A push service that
 * answers 404 or 410 has forgotten the browser: its subscription is removed and the message fails
 * for good. Errors carry `status`, read by the delivery's retry rule (429 and 5xx are retried).
 */
export async function deliverPush(message: { to: string; subject: string | null; text: string; link: string | null }) {
  const subscription = await db.pushSubscription.findUnique({ where: { id: message.to } });
  if (!subscription) throw Object.assign(new Error('The browser turned notifications off'), { status: 410 });
  if (!isPushEndpoint(subscription.endpoint)) throw Object.assign(new Error('Not a push service'), { status: 400 });
  const { publicKey, privateKey, subject } = vapidKeys();
  try {
    const response = await webpush.sendNotification(
      { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      JSON.stringify({ title: message.subject ?? '', body: message.text, url: message.link }),
      { vapidDetails: { subject, publicKey, privateKey }, TTL: TTL_SECONDS, urgency: 'normal', timeout: 15_000 },
    );
    await db.pushSubscription.updateMany({
      where: { id: subscription.id, businessId: subscription.businessId },
      data: { lastSentAt: new Date() },
    });
    return response.headers.location ?? `push ${response.statusCode}`;
  } catch (error) {
    if (error instanceof WebPushError) {
      if (error.statusCode === 404 || error.statusCode === 410)
        await db.pushSubscription.deleteMany({ where: { id: subscription.id, businessId: subscription.businessId } });
      throw Object.assign(new Error(`Push service answered ${error.statusCode}`), { status: error.statusCode });
    }
    throw error;
  }
}
