import 'server-only';
import { appUrl } from '@/lib/env';

/**
 * An absolute link into a business's portal for a message (email, SMS): always from
 * the configured public address, never from the request's Host header.
 */
export function portalUrl(business: { slug: string }, path = '') {
  return `${appUrl()}/p/${business.slug}${path}`;
}
