import 'server-only';
import { createElement } from 'react';
import WelcomeEmail from '@/emails/welcome';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { sendEmail } from '@/lib/messaging/send-email';
import { clientSessionUser } from './sessions/client-session-user';
import { generateToken, hashToken } from './codes/code-crypto';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { linkIdentity } from './codes/link-identity';
import { hashPassword } from '../crypto/password-hash';
import { passwordProblem, type TResetError } from './passwords/reset-password';
import { fail } from '@/lib/result';
import { recipientWords } from '@/lib/i18n/recipient-words';

const WELCOME_TTL_MS = 7 * 24 * 3600_000;

/**
 * The "create your login" email for a card made by staff (seed 002): a single-use
 * link valid 7 days; sending again revokes the earlier link. Staff trigger it,
 * never see or set a password.
 */
export async function sendWelcome({
  businessId,
  clientId,
  staffIdentityId,
  now = new Date(),
}: {
  businessId: string;
  clientId: string;
  staffIdentityId?: string;
  now?: Date;
}) {
  const card = await db.client.findFirst({
    where: { id: clientId, businessId, status: 'active' },
    select: {
      id: true,
      firstName: true,
      email: true,
      locale: true,
      business: { select: { slug: true, name: true, accentColor: true, defaultLocale: true } },
    },
  });
  if (!card?.email) return fail('no_email' as const);
  const { token, tokenHash } = generateToken();
  await db.$transaction([
    db.authToken.updateMany({
      where: { purpose: 'welcome', businessId, clientId, consumedAt: null, revokedAt: null },
      data: { revokedAt: now },
    }),
    db.authToken.create({
      data: {
        purpose: 'welcome',
        businessId,
        clientId,
        tokenHash,
        expiresAt: new Date(now.getTime() + WELCOME_TTL_MS),
        createdAt: now,
      },
    }),
    db.client.update({ where: { id: clientId, businessId }, data: { welcomeSentAt: now } }),
  ]);
  await recordAuditEvent({
    businessId,
    actorType: staffIdentityId ? 'staff' : 'system',
    actorId: staffIdentityId,
    action: 'client.welcome_sent',
    targetType: 'client',
    targetId: clientId,
  });
  const { locale, messages, t } = await recipientWords(card.locale, card.business, 'emails.welcome');
  const props = {
    locale,
    messages,
    businessName: card.business.name,
    accentColor: card.business.accentColor,
    firstName: card.firstName,
    link: `${appUrl()}/p/${card.business.slug}/welcome?token=${token}`,
  };
  await sendEmail({
    businessId,
    to: card.email,
    kind: 'welcome',
    locale,
    subject: t('subject', { business: card.business.name }),
    template: createElement(WelcomeEmail, props),
  });
  return { ok: true as const };
}

/** Opens the welcome link: the card it is for, or null (unknown, used, revoked or expired). */
export async function findWelcome(portal: unknown, token: unknown, now = new Date()) {
  const business = await findPortalBusiness(portal);
  if (!business || typeof token !== 'string' || token.length < 20) return null;
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (
    !row ||
    row.purpose !== 'welcome' ||
    row.businessId !== business.id ||
    row.consumedAt ||
    row.revokedAt ||
    !row.expiresAt ||
    row.expiresAt <= now ||
    !row.clientId
  )
    return null;
  const card = await db.client.findFirst({
    where: { id: row.clientId, businessId: business.id, status: 'active' },
    select: { id: true, firstName: true, lastName: true, email: true, identityId: true },
  });
  return card?.email ? { business, card, tokenId: row.id } : null;
}

/** Sets the first password from the welcome link (single use) and signs in. */
export async function acceptWelcome({
  portal,
  token,
  password,
  now = new Date(),
}: {
  portal: unknown;
  token: unknown;
  password: string;
  now?: Date;
}) {
  const problem = passwordProblem(password);
  if (problem) return fail(problem as TResetError);
  const found = await findWelcome(portal, token, now);
  if (!found) return fail('expired' as const);
  const used = await db.authToken.updateMany({
    where: { id: found.tokenId, consumedAt: null, revokedAt: null },
    data: { consumedAt: now },
  });
  if (used.count !== 1) return fail('expired' as const);
  const { business, card } = found;
  const identityId = await linkIdentity(
    { ...card, businessId: business.id },
    { kind: 'email', value: card.email! },
    now,
  );
  if (!identityId) return fail('expired' as const);
  await db.identity.update({
    where: { id: identityId },
    data: { passwordHash: await hashPassword(password), passwordChangedAt: now, sessionsValidAfter: now },
  });
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'client',
    actorId: identityId,
    action: 'client.welcome_accepted',
    targetType: 'client',
    targetId: card.id,
  });
  return { ok: true as const, user: await clientSessionUser(business, card, identityId, { method: 'welcome', now }) };
}
