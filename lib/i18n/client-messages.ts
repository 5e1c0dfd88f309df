// What the browser gets of the message catalogue. Server components read every message
// on the server; only client components need theirs in the page, and every namespace
// sent is serialised into the HTML response (the whole catalogue was ~80 KB of a 110 KB
// portal page; every client namespace, 23 KB of the dashboard's 61 KB). Every page gets
// BASE_NAMESPACES (app/layout.tsx); a page whose client components read more names them
// (withClientMessages); admin pages get the admin's and every client one (app/admin/layout.tsx).
// tests/unit/client-messages.test.ts keeps this true for every useTranslations('…').
import type { AbstractIntlMessages } from 'next-intl';

/** sent with every page: the error page's, and the few every form shares */
export const BASE_NAMESPACES = ['common', 'httpErrors'] as const;

/** namespaces the portal's and the sign-in pages' client components read */
export const CLIENT_NAMESPACES = [
  'booking',
  'clientSignIn',
  'common',
  'contact',
  'conversations',
  'customFields',
  'documents',
  'forgotPassword',
  'httpErrors',
  'invoices',
  'pages',
  'passkeys',
  'passwordErrors',
  'payments',
  'platformLogin',
  'portal',
  'products',
  'profile',
  'publicForms',
  'push',
  'schedule',
  'security',
  'signUp',
  'staffReset',
  'staffSignIn',
  'twoFactor',
] as const;

/** read only by the admin's client components: sent under /admin only (app/admin/layout.tsx) */
export const ADMIN_NAMESPACES = ['admin'] as const;

export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((name) => name in messages).map((name) => [name, messages[name]]));
}
