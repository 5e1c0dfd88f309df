import { env } from '@/lib/env';

/** the push services of the browsers (Chrome and Edge's FCM, Firefox's autopush, Safari's, Windows') */
const PUSH_SERVICE_HOSTS = [
  /^fcm\.googleapis\.com$/,
  /^([\w-]+\.)*push\.services\.mozilla\.com$/,
  /^([\w-]+\.)*push\.apple\.com$/,
  /^([\w-]+\.)*notify\.windows\.com$/,
];

/**
 * Whether Portico may send to this endpoint: HTTPS to a browser's push service. A subscription is
 * written by the browser, so anything else (an address inside the network, another server) would
 * make Portico's server send requests where a visitor chose. Tests add their local stand-in
 * through PUSH_SERVICE_ORIGINS.
 */
export function isPushEndpoint(endpoint: string) {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  const extra = (env().PUSH_SERVICE_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (extra.includes(url.origin)) return true;
  return url.protocol === 'https:' && !url.port && PUSH_SERVICE_HOSTS.some((host) => host.test(url.hostname));
}
