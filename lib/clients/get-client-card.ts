import 'server-only';
import { listFieldDefinitions } from '@/lib/custom-fields/list-field-definitions';
import { db } from '@/lib/db';
import { CLIENT_CONTACT_SELECT, type TClientAt } from '@/lib/business/client-scope';

const RECENT = 10;

/**
 * Everything staff see on a client's card, in ten queries whatever the client's
 * history (each list is the newest few). Null for another business's id (a 404).
 */
export async function getClientCard({ businessId, clientId, now = new Date() }: TClientAt) {
  const card = await db.client.findFirst({
    where: { id: clientId, businessId, isDemo: false },
    select: {
      ...CLIENT_CONTACT_SELECT,
      status: true,
      source: true,
      locale: true,
      notes: true,
      billingAddress: true,
      taxNumber: true,
      lastSignInAt: true,
      welcomeSentAt: true,
      createdAt: true,
      identityId: true,
      identity: {
        select: {
          totpEnabledAt: true,
          passwordHash: true,
          accounts: { select: { provider: true } },
          _count: { select: { passkeys: true } },
        },
      },
      conversation: { select: { staffUnread: true } },
    },
  });
  if (!card) return null;
  const scope = { businessId, clientId };
  const [fields, upcoming, past, invoices, pageAccesses, audit, helpRequest] = await Promise.all([
    Promise.all([
      listFieldDefinitions(businessId),
      db.customFieldValue.findMany({ where: scope, select: { fieldId: true, value: true } }),
    ]),
    db.appointment.findMany({
      where: { ...scope, startsAt: { gte: now } },
      select: appointmentSelect,
      orderBy: { startsAt: 'asc' },
      take: RECENT,
    }),
    db.appointment.findMany({
      where: { ...scope, startsAt: { lt: now } },
      select: appointmentSelect,
      orderBy: { startsAt: 'desc' },
      take: RECENT,
    }),
    db.invoice.findMany({
      where: scope,
      select: {
        id: true,
        number: true,
        status: true,
        currency: true,
        totalMinor: true,
        paidMinor: true,
        issuedAt: true,
      },
      orderBy: { issuedAt: 'desc' },
      take: RECENT,
    }),
    db.pageAccess.findMany({
      where: scope,
      select: { id: true, from: true, until: true, page: { select: { title: true } } },
      orderBy: { createdAt: 'desc' },
      take: RECENT,
    }),
    db.auditEvent.findMany({
      where: {
        businessId,
        OR: [
          { targetType: 'client', targetId: clientId },
          ...(card.identityId ? [{ actorType: 'client', actorId: card.identityId }] : []),
        ],
      },
      select: { id: true, action: true, actorType: true, createdAt: true, ip: true },
      orderBy: { createdAt: 'desc' },
      take: 20,
    }),
    // an open "No access to the app?" request: made while two-step verification is on
    card.identity?.totpEnabledAt
      ? db.auditEvent.findFirst({
          where: {
            businessId,
            action: 'client.2fa_help_requested',
            targetId: clientId,
            createdAt: { gt: card.identity.totpEnabledAt },
          },
          select: { createdAt: true },
          orderBy: { createdAt: 'desc' },
        })
      : null,
  ]);
  const methods = [
    ...(card.identity?.passwordHash ? ['password'] : []),
    ...(card.identity?.accounts.map((a) => a.provider) ?? []),
    ...(card.identity?._count.passkeys ? ['passkey'] : []),
  ];
  return {
    ...card,
    identity: undefined,
    hasLogin: !!card.identityId,
    unreadMessages: card.conversation?.staffUnread ?? 0,
    twoStep: !!card.identity?.totpEnabledAt,
    helpRequestedAt: helpRequest?.createdAt ?? null,
    methods,
    fields: fields[0].map((f) => ({ ...f, value: fields[1].find((v) => v.fieldId === f.id)?.value ?? null })),
    upcoming,
    past,
    invoices,
    pageAccesses,
    audit,
  };
}

const appointmentSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  service: { select: { name: true } },
} as const;
