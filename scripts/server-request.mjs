// Pure helpers of the production server (scripts/server.mjs): who is asking, the
// request's id, whether its path can be read, and what a log line may show.
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';

/** `::ffff:127.0.0.1` → `127.0.0.1`; anything that is not an address → null. */
function normalizeAddress(value) {
  if (!value) return null;
  const address = value.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  return isIP(address) ? address : null;
}

/**
 * The client's address. With no trusted proxy it is the socket's peer; behind
 * `trustedHops` proxies that each append to X-Forwarded-For, it is the entry the
 * outermost trusted proxy wrote (the client can prepend anything it likes, but
 * not what our own proxies append). Falls back to the socket when the header is
 * shorter than promised (a request that bypassed the proxy).
 */
export function clientAddress({ socketAddress, forwardedFor, trustedHops = 0 }) {
  const socket = normalizeAddress(socketAddress);
  if (!trustedHops) return socket;
  const list = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (list.length < trustedHops) return socket;
  return normalizeAddress(list[list.length - trustedHops]) ?? socket;
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** A proxy's X-Request-Id when the proxy is trusted and the id is well formed, else a new one. */
export function requestIdFor(incoming, trustedHops = 0) {
  return trustedHops > 0 && typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** False when the path has an escape that does not decode (`/p/%ZZ`, a cut UTF-8 sequence). */
export function pathIsReadable(url) {
  const path = (url ?? '/').split('?')[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

// Long opaque segments are tokens (calendar feeds, sign-in links, invitations).
const TOKEN_SEGMENT = /^[A-Za-z0-9_~.-]{20,}$/;

/** The path for a log line: no query string, no token-like segment. */
export function loggablePath(url) {
  const path = (url ?? '/').split('?')[0];
  return path
    .split('/')
    .map((segment) => (TOKEN_SEGMENT.test(segment) ? '[redacted]' : segment))
    .join('/');
}

const LANGUAGES = ['en', 'it', 'es', 'fr', 'de'];

/** The first supported language of an Accept-Language header, else English. */
export function preferredLanguage(acceptLanguage) {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const language = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(language)) return language;
  }
  return 'en';
}
