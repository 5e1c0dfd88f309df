import 'server-only';
import { appUrl } from '@/lib/env';

/**
 * Who the passkeys belong to: the configured public address (`AUTH_URL`), never a request's Host
 * header, so a page served under another name cannot ask for them. Every portal lives under that
 * address (`/p/<portal>`), so one passkey serves every portal and the admin.
 */
export function relyingParty() {
  const url = new URL(appUrl());
  return { rpID: url.hostname, origin: url.origin };
}
