import 'server-only';
import { findPortalBusiness, type TPortalBusiness } from '@/lib/business/find-portal-business';
import { appUrl } from '@/lib/env';
import { type TLocale, recipientLocale } from '@/lib/i18n/locales';
import { maskDestination, parseIdentifier, type TIdentifier } from '../../format/identifiers';
import { generateToken } from './code-crypto';
import { findCardByValue } from './find-card-by-identifier';
import { codeRequestOverLimit, createCode, sendLimit } from './one-time-code';
import { CODE_PURPOSES, codeSubject, type TCodePurpose } from './purposes';
import { sendCodeMessage } from './send-code-message';

export type TRequestCodeResult =
  | { outcome: 'sent'; masked: string; channel: 'email' | 'sms'; deliver: () => Promise<'sent' | 'skipped'> }
  | { outcome: 'invalid_identifier' | 'method_unavailable' | 'unavailable' | 'rate_limited' };

/**
 * Asks for a one-time code (sign-in or password reset). The answer is the same whether or not the identifier
 * belongs to a client of this business ("if this belongs to a client… we have sent
 * a code"): nothing is created for unknown identifiers, and cards over their
 * resend or hourly limits are silently not sent to. Only the per-IP cap, which
 * counts every request whatever the address and so says nothing about accounts, is reported. `deliver` looks the card up, creates
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

  if (await codeRequestOverLimit(ip, now)) return { outcome: 'rate_limited' };
  const answer = { outcome: 'sent' as const, masked: maskDestination(parsed), channel };
  // Everything that depends on whether the card exists happens in `deliver`, after the
  // response: known and unknown identifiers cost the same to answer.
  return { ...answer, deliver: () => createAndSend({ purpose, business, parsed, channel, ip, now }) };
}

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
  business: TPortalBusiness;
  parsed: TIdentifier;
  channel: 'email' | 'sms';
  ip?: string | null;
  now: Date;
}): Promise<'sent' | 'skipped'> {
  const config = CODE_PURPOSES[purpose];
  const card = await findCardByValue(business.id, parsed);
  if (config.needsCard && !card) return 'skipped';
  const key = { purpose, businessId: business.id, subject: codeSubject(card, parsed.value) };
  const destination = parsed.value;
  // the per-IP cap was answered already; the others are per card and say nothing
  if (await sendLimit(key, { destination, now })) return 'skipped';

  const linkConfig = card && channel === 'email' ? config.link : null;
  const link = linkConfig ? generateToken() : null;
  const code = await createCode(key, { destination, channel, ip, now, identityId: card?.identityId }, async (tx) => {
    if (!card || !config.link) return;
    // each new code invalidates the earlier ones, and their links
    const linkRows = { purpose: config.link.purpose, businessId: business.id, clientId: card.id };
    await tx.authToken.updateMany({
      where: { ...linkRows, consumedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (link && linkConfig)
      await tx.authToken.create({
        data: {
          ...linkRows,
          identityId: card.identityId,
          tokenHash: link.tokenHash,
          expiresAt: new Date(now.getTime() + linkConfig.ttlMs),
          createdAt: now,
        },
      });
  });

  const locale: TLocale = recipientLocale(card?.locale, business);
  const linkUrl =
    link && linkConfig ? `${appUrl()}/p/${business.slug}/${linkConfig.path}?token=${link.token}` : undefined;
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
