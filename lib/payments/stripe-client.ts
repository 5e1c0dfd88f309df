import 'server-only';
import Stripe from 'stripe';
import type { TEnv } from '@/lib/env-schema';

const clients = new Map<string, Stripe>();

/** The official Stripe SDK for the configured key, or null (payments are then manual). */
export function stripeClient(env: TEnv): Stripe | null {
  if (!env.STRIPE_SECRET_KEY) return null;
  const key = `${env.STRIPE_SECRET_KEY}|${env.STRIPE_API_BASE ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
    client = new Stripe(env.STRIPE_SECRET_KEY, {
      maxNetworkRetries: 2,
      ...(base
        ? {
            host: base.hostname,
            port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
            protocol: base.protocol.replace(':', '') as 'http' | 'https',
          }
        : {}),
    });
    clients.set(key, client);
  }
  return client;
}
