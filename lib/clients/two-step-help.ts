import 'server-only';
import { cache } from 'react';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { recipientWords } from '@/lib/i18n/recipient-words';

const ACTION = 'client.2fa_help_requested';
const EMAIL_EVERY_MS = 60 * 60_000;
const OPEN_FOR_MS = 30 * 24 * 3600_000;

/**
 * "No access to the app?" (seed 004), asked from the app-code step after a first factor.
 * The login is the person's at every business they are a client of, so the request reaches
 * each of them: recorded in each audit log, and each business's owners get an email, at
 * most one an hour per client so the button cannot flood them. Staff see it on the card and
 * on Today, and any of them can approve (turnOffClientTwoStep) after checking who it is.
 */
export async function requestTwoStepHelp({
  businessId,
  clientId,
  identityId,
  now = new Date(),
}: {
  businessId: string;
  clientId: string;
  identityId: string;
  now?: Date;
}) {
  const others = await db.client.findMany({
    where: { identityId, isDemo: false, NOT: { id: clientId } },
    select: { id: true, businessId: true },
  });
  for (const card of [{ id: clientId, businessId }, ...others])
    await askBusiness({ businessId: card.businessId, clientId: card.id, identityId, now });
}

async function askBusiness({
  businessId,
  clientId,
  identityId,
  now,
}: {
  businessId: string;
  clientId: string;
  identityId: string;
  now: Date;
}) {
  const recent = await db.auditEvent.count({
    where: {
      businessId,
      action: ACTION,
      targetId: clientId,
      createdAt: { gt: new Date(now.getTime() - EMAIL_EVERY_MS) },
    },
  });
  await recordAuditEvent({
    businessId,
    actorType: 'client',
    actorId: identityId,
    action: ACTION,
    targetType: 'client',
    targetId: clientId,
    createdAt: now,
  });
  if (recent > 0) return;
  const [business, card, owners] = await Promise.all([
    db.business.findUniqueOrThrow({
      where: { id: businessId },
      select: { slug: true, name: true, accentColor: true, defaultLocale: true },
    }),
    db.client.findFirstOrThrow({ where: { id: clientId, businessId }, select: { firstName: true, lastName: true } }),
    db.staffMember.findMany({
      where: { businessId, role: 'owner' },
      select: { identity: { select: { email: true } } },
    }),
  ]);
  const { locale, t, tEmails } = await recipientWords(null, business, 'twoStepHelpEmail');
  const client = `${card.firstName} ${card.lastName}`.trim();
  const heading = t('subject', { client });
  for (const owner of owners) {
    if (!owner.identity.email) continue;
    await sendNoticeEmail({
      business: { ...business, id: businessId },
      to: owner.identity.email,
      kind: 'two_step_help_requested',
      locale,
      heading,
      body: t('body', { client, business: business.name }),
      footer: tEmails('staffFooter', { business: business.name }),
    });
  }
}

/**
 * The clients of a business who asked for help in the last 30 days and still have two-step
 * verification on (a request made before it was turned on again is closed): two queries.
 */
export const listTwoStepHelpRequests = cache(async (businessId: string, now = new Date()) => {
  const events = await db.auditEvent.findMany({
    where: { businessId, action: ACTION, createdAt: { gt: new Date(now.getTime() - OPEN_FOR_MS) } },
    select: { targetId: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
    take: 200,
  });
  const latest = new Map<string, Date>();
  for (const e of events) if (e.targetId && !latest.has(e.targetId)) latest.set(e.targetId, e.createdAt);
  if (latest.size === 0) return [];
  const clients = await db.client.findMany({
    where: { businessId, id: { in: [...latest.keys()] }, isDemo: false, identity: { totpEnabledAt: { not: null } } },
    select: { id: true, firstName: true, lastName: true, identity: { select: { totpEnabledAt: true } } },
  });
  return clients
    .filter((c) => c.identity!.totpEnabledAt! < latest.get(c.id)!)
    .map((c) => ({ clientId: c.id, name: `${c.firstName} ${c.lastName}`.trim(), requestedAt: latest.get(c.id)! }))
    .sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime());
});
