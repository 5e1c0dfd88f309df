// What the browser gets of the message catalogue. Server components read every message
// on the server; only client components need theirs in the page, and every namespace
// sent is serialised into every HTML response (the whole catalogue was ~80 KB of a
// 110 KB portal page). tests/unit/client-messages.test.ts keeps these lists true: every
// useTranslations('…') in the code names a namespace listed here.
import type { AbstractIntlMessages } from 'next-intl';

/** namespaces client components read on every part of the site */
export const CLIENT_NAMESPACES = [
  'booking',
  'clientSignIn',
  'common',
  'contact',
  'customFields',
  'documents',
  'forgotPassword',
  'httpErrors',
  'invoices',
  'pages',
  'passwordErrors',
  'payments',
  'platformLogin',
  'portal',
  'products',
  'profile',
  'publicForms',
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
