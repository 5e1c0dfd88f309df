import 'server-only';
import { db } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { isLocale, type TLocale } from '@/lib/i18n/locales';
import { maskDestination, parseIdentifier, type TIdentifier } from '../identifiers';
import { generateCode, generateToken, hashCode } from './code-crypto';
import { findPortalBusiness, type TPortalBusiness } from '@/lib/business/find-portal-business';
import { findCardByValue } from './find-card-by-identifier';
import { CODE_PURPOSES, codeSubject, type TCodePurpose } from './purposes';
import { sendCodeMessage } from './send-code-message';
import {
  CODE_TTL_MS,
  MAX_SENDS_PER_CARD,
  MAX_SENDS_PER_DESTINATION,
  MAX_SENDS_PER_IP,
  RESEND_AFTER_MS,
  WINDOW_MS,
} from './limits';

export type TRequestCodeResult =
  | { outcome: 'sent'; masked: string; channel: 'email' | 'sms'; deliver: () => Promise<'sent' | 'skipped'> }
  | { outcome: 'invalid_identifier' | 'method_unavailable' | 'unavailable' | 'rate_limited' };

/**
 * Asks for a one-time code (sign-in or password reset). The answer is the same whether or not the identifier
 * belongs to a client of this business ("if this belongs to a client… we have sent
 * a code"): nothing is created for unknown identifiers, and cards over their
 * resend or hourly limits are silently not sent to. Only the per-IP cap, which
 * says nothing about accounts, is reported. `deliver` looks the card up, creates
 * and sends the code; callers run it after responding (next/server `after`), so
 * the answer costs the same for known and unknown identifiers.
 */
export async function requestCode({
  purpose,
  portal,
  identifier,
  ip,
  now = new Date(),
}: {
  purpose: TCodePurpose;
  portal: unknown;
  identifier: string;
  ip?: string | null;
  now?: Date;
}): Promise<TRequestCodeResult> {
  const config = CODE_PURPOSES[purpose];
  const business = await findPortalBusiness(portal);
  if (!business?.allowClientLogin) return { outcome: 'unavailable' };
  const parsed = parseIdentifier(identifier, business.country);
  if (!parsed) return { outcome: 'invalid_identifier' };
  const channel: 'email' | 'sms' = parsed.kind === 'email' ? 'email' : 'sms';
  if (!config.allowed(business, channel)) return { outcome: 'method_unavailable' };

  const since = new Date(now.getTime() - WINDOW_MS);
  if (ip && (await db.oneTimeCode.count({ where: { requestIp: ip, createdAt: { gte: since } } })) >= MAX_SENDS_PER_IP)
    return { outcome: 'rate_limited' };
  const answer = { outcome: 'sent' as const, masked: maskDestination(parsed), channel };
  // Everything that depends on whether the card exists happens in `deliver`, after the
  // response: known and unknown identifiers cost the same to answer.
  return { ...answer, deliver: () => createAndSend({ purpose, business, parsed, channel, ip, now }) };
}

type TBusiness = TPortalBusiness;

/** Creates and sends the code, or does nothing ('skipped': no such card, too soon, over a cap). */
async function createAndSend({
  purpose,
  business,
  parsed,
  channel,
  ip,
  now,
}: {
  purpose: TCodePurpose;
  business: TBusiness;
  parsed: TIdentifier;
  channel: 'email' | 'sms';
  ip?: string | null;
  now: Date;
}): Promise<'sent' | 'skipped'> {
  const config = CODE_PURPOSES[purpose];
  const since = new Date(now.getTime() - WINDOW_MS);
  const card = await findCardByValue(business.id, parsed);
  if (config.needsCard && !card) return 'skipped';
  const subject = codeSubject(card, parsed.value);

  const destination = parsed.value;
  const [last, perCard, perDestination] = await Promise.all([
    db.oneTimeCode.findFirst({
      where: { purpose, businessId: business.id, clientId: subject },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    }),
    db.oneTimeCode.count({ where: { purpose, businessId: business.id, clientId: subject, createdAt: { gte: since } } }),
    db.oneTimeCode.count({ where: { destination, createdAt: { gte: since } } }),
  ]);
  if (
    (last && now.getTime() - last.createdAt.getTime() < RESEND_AFTER_MS) ||
    perCard >= MAX_SENDS_PER_CARD ||
    perDestination >= MAX_SENDS_PER_DESTINATION
  )
    return 'skipped';

  const code = generateCode();
  const link = channel === 'email' && config.link ? generateToken() : null;
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  const binding = { purpose, businessId: business.id, clientId: subject };
  await db.$transaction([
    // each new code invalidates the earlier ones (and their links)
    db.oneTimeCode.updateMany({ where: { ...binding, consumedAt: null, revokedAt: null }, data: { revokedAt: now } }),
    ...(card && config.link
      ? [
          db.authToken.updateMany({
            where: {
              purpose: config.link.purpose,
              businessId: business.id,
              clientId: card.id,
              consumedAt: null,
              revokedAt: null,
            },
            data: { revokedAt: now },
          }),
        ]
      : []),
    db.oneTimeCode.create({
      data: {
        ...binding,
        identityId: card?.identityId ?? null,
        channel,
        destination,
        codeHash: hashCode(binding, code),
        expiresAt,
        requestIp: ip ?? null,
        createdAt: now,
      },
    }),
    ...(link && card && config.link
      ? [
          db.authToken.create({
            data: {
              purpose: config.link.purpose,
              businessId: business.id,
              clientId: card.id,
              identityId: card.identityId,
              tokenHash: link.tokenHash,
              expiresAt: new Date(now.getTime() + config.link.ttlMs),
              createdAt: now,
            },
          }),
        ]
      : []),
  ]);

  const locale: TLocale =
    [card?.locale, card?.identity?.preferredLocale, business.defaultLocale].find(isLocale) ?? 'en';
  const linkUrl =
    link && config.link ? `${appUrl()}/p/${business.slug}/${config.link.path}?token=${link.token}` : undefined;
  await sendCodeMessage({
    business,
    to: destination,
    channel,
    variant: config.messages,
    kind: `${purpose}_code`,
    code,
    locale,
    link: linkUrl,
  });
  return 'sent';
}
