import 'server-only';
import { recipientWords } from '@/lib/i18n/recipient-words';
import type { TPushKind } from './push-kinds';
import { sendPush } from './send-push';

const WORDS = {
  appointment_reminder: 'appointmentReminder',
  invoice: 'invoice',
  document: 'document',
  message: 'message',
} as const;

/**
 * Tells a client's phones that something is waiting in the portal, in the card's language: the
 * business's name as the title, one sentence that names nothing (no amount, no document, no time),
 * and the page it opens (after sign-in when the session has ended).
 */
export async function pushNotice({
  business,
  client,
  kind,
  path,
}: {
  business: { id: string; slug: string; name: string; defaultLocale: string; country?: string };
  client: { id: string; locale: string | null };
  kind: TPushKind;
  /** the portal page, from the portal's root: "/invoices/…" */
  path: string;
}) {
  const { locale, t } = await recipientWords(client.locale, business, 'pushNotice');
  return sendPush({
    businessId: business.id,
    clientId: client.id,
    kind,
    locale,
    title: business.name,
    body: t(WORDS[kind], { business: business.name }),
    link: `/p/${business.slug}${path}`,
  });
}
