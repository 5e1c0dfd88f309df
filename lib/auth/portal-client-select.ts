import { CLIENT_CONTACT_SELECT } from '@/lib/business/client-scope';

/** What a portal page knows of its signed-in client (and of a client viewed by staff). */
export const PORTAL_CLIENT_SELECT = {
  ...CLIENT_CONTACT_SELECT,
  locale: true,
  /** the navigation's unread badge */
  conversation: { select: { clientUnread: true } },
  identity: {
    select: {
      id: true,
      email: true,
      phone: true,
      sessionsValidAfter: true,
      totpEnabledAt: true,
      mustChangePassword: true,
      _count: { select: { clients: true, passkeys: true } },
    },
  },
} as const;
