import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { appUrl } from '@/lib/env';
import { portalUrl } from '@/lib/business/portal-url';
import { matchOrCreateCard } from '@/lib/clients/match-or-create-card';
import { toVariables } from '@/lib/notifications/catalog';
import { db } from '@/lib/db';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { sendSms } from '@/lib/messaging/send-sms';
import { applySmsOverride } from '@/lib/notifications/template-overrides';
import { checkVisitor } from '@/lib/public-forms/check-visitor';
import { ZContactForm } from '@/lib/public-forms/public-form-schemas';
import { formatPhone } from '@/lib/format/phone';
import { recipientWords } from '@/lib/i18n/recipient-words';

const MESSAGES_PER_IP_HOUR = 10;
// the same text from the same card again within this time is the form posted twice
const REPEAT_WINDOW_MS = 10 * 60_000;

type TBusiness = {
  id: string;
  slug: string;
  name: string;
  accentColor: string;
  country: string;
  defaultLocale: string;
};

/**
 * The portal's contact form (seed 001): the message is kept on the card it creates or
 * matches (source contact_form), the owners and admins are told, and the person gets an
 * acknowledgement in the language they wrote in, at a contact someone proved (never a relay). Sending the same message twice keeps one.
 */
export async function sendContactMessage({
  business,
  values,
  signedInClientId,
  locale,
  ip,
  now = new Date(),
}: {
  business: TBusiness;
  values: unknown;
  signedInClientId: string | null;
  locale: string;
  ip: string | null;
  now?: Date;
}) {
  const visitor = await checkVisitor(ZContactForm, values, {
    purpose: 'contact',
    business,
    ip,
    limit: ['contact.message_sent', MESSAGES_PER_IP_HOUR],
    now,
  });
  if (!visitor.ok) return visitor;
  const { form, email, phone } = visitor;

  const saved = await db.$transaction(async (tx) => {
    const select = { id: true, firstName: true, lastName: true, email: true, phone: true };
    const own = signedInClientId
      ? await tx.client.findFirst({
          where: { id: signedInClientId, businessId: business.id, status: 'active' },
          select,
        })
      : null;
    const { card, created } = own
      ? { card: own, created: false }
      : await matchOrCreateCard(tx, {
          businessId: business.id,
          details: { firstName: form.firstName, lastName: form.lastName, email, phone },
          source: 'contact_form',
          locale,
        });
    const repeat = await tx.contactMessage.findFirst({
      where: {
        businessId: business.id,
        clientId: card.id,
        message: form.message,
        createdAt: { gt: new Date(now.getTime() - REPEAT_WINDOW_MS) },
      },
      select: { id: true },
    });
    if (repeat) return { card, created, messageId: repeat.id, repeat: true };
    const message = await tx.contactMessage.create({
      data: { businessId: business.id, clientId: card.id, message: form.message, createdAt: now },
      select: { id: true },
    });
    return { card, created, messageId: message.id, repeat: false };
  });
  if (saved.repeat) return { ok: true as const };

  await recordAuditEvent({
    businessId: business.id,
    actorType: signedInClientId ? 'client' : 'anonymous',
    action: 'contact.message_sent',
    targetType: 'client',
    targetId: saved.card.id,
    meta: { messageId: saved.messageId, newCard: saved.created },
    ip,
    createdAt: now,
  });
  await acknowledge(business, saved.card, locale, { typedByVisitor: saved.created });
  await alertStaff(business, saved.card, form.message);
  return { ok: true as const };
}

/**
 * The acknowledgement goes only to a contact someone proved (an identity holds it), never to
 * whatever a visitor typed: otherwise the form would relay a stranger's text to any address. A
 * card this very form created carries the visitor's name: the message uses the name its owner
 * gave when proving the address instead.
 */
async function acknowledge(
  business: TBusiness,
  card: { firstName: string; email: string | null; phone: string | null },
  writtenIn: string,
  { typedByVisitor }: { typedByVisitor: boolean },
) {
  const contacts = [...(card.email ? [{ email: card.email }] : []), ...(card.phone ? [{ phone: card.phone }] : [])];
  const holder = contacts.length
    ? await db.identity.findFirst({ where: { OR: contacts }, select: { name: true, email: true, phone: true } })
    : null;
  if (!holder) return;
  const { locale, t, tEmails } = await recipientWords(writtenIn, business, 'contactEmail');
  const name = typedByVisitor ? (holder.name ?? '').split(' ')[0] : card.firstName;
  const values = { name, business: business.name };
  if (holder.email && holder.email === card.email)
    await sendNoticeEmail({
      business,
      to: holder.email,
      kind: 'contact_acknowledgement',
      locale,
      heading: t('ackSubject', values),
      body: t('ackBody', values),
      footer: tEmails('footer', { business: business.name }),
      variables: toVariables(values, portalUrl(business)),
    });
  else if (holder.phone && holder.phone === card.phone)
    await sendSms({
      businessId: business.id,
      to: holder.phone,
      kind: 'contact_acknowledgement',
      locale,
      text: await applySmsOverride(
        { businessId: business.id, kind: 'contact_acknowledgement', locale, text: t('ackSms', values) },
        toVariables(values, portalUrl(business)),
      ),
    });
}

/** The owners and admins, in the business's language, with a link to the card. */
async function alertStaff(
  business: TBusiness,
  card: { id: string; firstName: string; lastName: string; email: string | null; phone: string | null },
  message: string,
) {
  const staff = await db.staffMember.findMany({
    where: { businessId: business.id, role: { in: ['owner', 'admin'] } },
    select: { identity: { select: { email: true } } },
  });
  const { locale, t, tEmails } = await recipientWords(null, business, 'contactEmail');
  const client = `${card.firstName} ${card.lastName}`.trim();
  for (const member of staff) {
    if (!member.identity.email) continue;
    await sendNoticeEmail({
      business,
      to: member.identity.email,
      kind: 'staff_contact_message',
      locale,
      heading: t('staffSubject', { client }),
      body: t('staffBody', {
        client,
        from: card.email ?? (card.phone ? formatPhone(card.phone, business.country) : '—'),
        message,
      }),
      footer: tEmails('staffFooter', { business: business.name }),
      action: { label: t('staffButton'), href: `${appUrl()}/admin/${business.slug}/clients/${card.id}` },
    });
  }
}
