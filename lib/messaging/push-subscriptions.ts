import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import { fail, invalidInput, type TResult } from '@/lib/result';
import { isPushEndpoint } from './push-endpoint';
import { PUSH_KINDS } from './push-kinds';

/** browsers one client may keep notifications on in one business; the oldest go first */
const MAX_PER_CLIENT = 10;

type TClientScope = { businessId: string; clientId: string };

const ZKinds = z.array(z.enum(PUSH_KINDS)).max(PUSH_KINDS.length);
const ZEndpoint = z.string().max(1000).refine(isPushEndpoint, { message: 'endpoint' });

/** What the browser's PushSubscription.toJSON() gives, and the kinds the client wants. */
const ZSavePush = z.object({
  subscription: z.object({
    endpoint: ZEndpoint,
    keys: z.object({ p256dh: z.string().regex(/^[\w-]{80,100}$/), auth: z.string().regex(/^[\w-]{16,32}$/) }),
  }),
  kinds: ZKinds,
});
const ZPushKinds = z.object({ endpoint: z.string().max(1000), kinds: ZKinds });

/** A browser's endpoint as the Security page knows it: its hash, so the page carries no address. */
const endpointHash = (endpoint: string) => createHash('sha256').update(endpoint).digest('hex');

/** This client's browsers with notifications on (hashed endpoints) and what each gets. */
export async function listPushSubscriptions({ businessId, clientId }: TClientScope) {
  const rows = await db.pushSubscription.findMany({
    where: { businessId, clientId },
    select: { endpoint: true, kinds: true },
  });
  return rows.map((row) => ({ endpoint: endpointHash(row.endpoint), kinds: row.kinds.split(',').filter(Boolean) }));
}

/**
 * Keeps a browser's subscription for this client (a browser that turned notifications on for another
 * person of this portal now notifies this one: a browser has one subscription per portal, so an
 * endpoint another business holds is refused).
 */
export async function savePushSubscription(
  { businessId, clientId }: TClientScope,
  values: unknown,
  now = new Date(),
): Promise<TResult> {
  const parsed = ZSavePush.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const { subscription, kinds } = parsed.data;
  const data = {
    businessId,
    clientId,
    p256dh: subscription.keys.p256dh,
    auth: subscription.keys.auth,
    kinds: kinds.join(','),
  };
  // a browser's endpoint is its portal's own (one worker per portal): another business's is refused
  const holder = await db.pushSubscription.findUnique({
    where: { endpoint: subscription.endpoint },
    select: { businessId: true },
  });
  if (holder && holder.businessId !== businessId) return fail('invalid', { 'subscription.endpoint': 'endpoint' });
  await db.pushSubscription.upsert({
    where: { endpoint: subscription.endpoint, businessId },
    create: { ...data, endpoint: subscription.endpoint, createdAt: now },
    update: data,
  });
  const kept = await db.pushSubscription.findMany({
    where: { businessId, clientId },
    select: { id: true },
    orderBy: { createdAt: 'desc' },
    skip: MAX_PER_CLIENT,
  });
  if (kept.length)
    await db.pushSubscription.deleteMany({ where: { id: { in: kept.map((k) => k.id) }, businessId, clientId } });
  return { ok: true };
}

/** What one of this client's browsers gets; another person's browser is not found. */
export async function setPushKinds({ businessId, clientId }: TClientScope, values: unknown): Promise<TResult> {
  const parsed = ZPushKinds.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const { count } = await db.pushSubscription.updateMany({
    where: { endpoint: parsed.data.endpoint, businessId, clientId },
    data: { kinds: parsed.data.kinds.join(',') },
  });
  return count === 1 ? { ok: true } : fail('notFound');
}

/** Turns notifications off for one of this client's browsers. */
export async function removePushSubscription(
  { businessId, clientId }: TClientScope,
  endpoint: unknown,
): Promise<TResult> {
  if (typeof endpoint !== 'string') return fail('notFound');
  const { count } = await db.pushSubscription.deleteMany({ where: { endpoint, businessId, clientId } });
  return count === 1 ? { ok: true } : fail('notFound');
}
