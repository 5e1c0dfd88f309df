import 'server-only';
import { portalUrl } from '@/lib/business/portal-url';
import type { TSenderBusiness } from '@/lib/business/sender-business';
import { db } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { recipientWords } from '@/lib/i18n/recipient-words';
import { pushNotice } from '@/lib/messaging/push-notice';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { sendSms } from '@/lib/messaging/send-sms';

/**
 * Staff wrote: the client hears of it by email (else SMS) in the card's language, and on the phones
 * where they turned message notifications on. None of them carries the message: a link to the
 * conversation, which asks to sign in first when the session has ended.
 */
export async function notifyClientOfReply(business: TSenderBusiness, clientId: string) {
  const client = await db.client.findFirst({
    where: { id: clientId, businessId: business.id, isDemo: false },
    select: { id: true, email: true, phone: true, locale: true },
  });
  if (!client) return;
  await pushNotice({ business, client, kind: 'message', path: '/messages' });
  const { locale, t, tEmails } = await recipientWords(client.locale, business, 'conversationEmail');
  const values = { business: business.name };
  if (client.email)
    await sendNoticeEmail({
      business,
      to: client.email,
      kind: 'conversation_reply',
      locale,
      heading: t('clientSubject', values),
      body: t('clientBody', values),
      footer: tEmails('footer', values),
      action: { label: t('clientButton'), href: portalUrl(business, '/messages') },
    });
  else if (client.phone)
    await sendSms({
      businessId: business.id,
      to: client.phone,
      kind: 'conversation_reply',
      locale,
      text: t('clientSms', { ...values, link: portalUrl(business, '/messages') }),
    });
}

/**
 * A client wrote (and this is the message staff are told about: one per conversation per 10
 * minutes): the staff member it is assigned to, else the owners and admins, by email in the
 * business's language, with a link to it.
 */
export async function alertStaffOfMessage(business: TSenderBusiness, clientId: string) {
  const client = await db.client.findFirst({
    where: { id: clientId, businessId: business.id },
    select: { firstName: true, lastName: true, conversation: { select: { assignedToId: true } } },
  });
  const assignee = client?.conversation?.assignedToId;
  // the staff member who looks after the conversation, else the owners and admins
  const staff = await db.staffMember.findMany({
    where: { businessId: business.id, ...(assignee ? { identityId: assignee } : { role: { in: ['owner', 'admin'] } }) },
    select: { identity: { select: { email: true } } },
  });
  if (!client) return;
  const { locale, t, tEmails } = await recipientWords(null, business, 'conversationEmail');
  const name = `${client.firstName} ${client.lastName}`.trim();
  for (const member of staff) {
    if (!member.identity.email) continue;
    await sendNoticeEmail({
      business,
      to: member.identity.email,
      kind: 'staff_conversation_message',
      locale,
      heading: t('staffSubject', { client: name, business: business.name }),
      body: t('staffBody', { client: name }),
      footer: tEmails('staffFooter', { business: business.name }),
      action: { label: t('staffButton'), href: `${appUrl()}/admin/${business.slug}/inbox/${clientId}` },
    });
  }
}
