import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import {
  consumeCodes,
  codeRequestOverLimit,
  issueCode,
  matchCode,
  type TCodeKey,
  type TCodeError,
} from '@/lib/auth/codes/one-time-code';
import { sendCodeMessage } from '@/lib/auth/codes/send-code-message';
import { maskDestination, normalizeEmail } from '@/lib/format/identifiers';
import { db } from '@/lib/db';
import { type TLocale, recipientLocale } from '@/lib/i18n/locales';
import { accessState } from './page-access';
import { fail, type TFailure } from '@/lib/result';

// Seed 003: a visitor who is not signed in opens a restricted page with a one-time
// password "sent only to the email address that is in the customer database for this
// page". The answer to a request is the same whether or not the address is on the list
// (the lookup and the sending run after the response); the code is bound to the card
// and the page, and opening the page with it gives a pass for that page only.

type TBusiness = { id: string; name: string; accentColor: string; defaultLocale: string };

const pageCode = (businessId: string, cardId: string, pageId: string): TCodeKey => ({
  purpose: 'page_access',
  businessId,
  subject: `${cardId}:${pageId}`,
});

/** A published restricted page of the business, by slug (what a visitor may ask a code for), or null. */
export function findRestrictedPage(businessId: string, slug: string) {
  return db.restrictedPage.findFirst({
    where: { businessId, slug, published: true },
    select: { id: true, slug: true },
  });
}

/** The active card with this email that is on the page's list with current access, or null. */
async function findListedCard(businessId: string, pageId: string, email: string, now: Date) {
  const card = await db.client.findFirst({
    where: { businessId, email, status: 'active' },
    select: {
      id: true,
      email: true,
      locale: true,
      identityId: true,
      pageAccesses: { where: { pageId, businessId }, select: { from: true, until: true } },
    },
  });
  return card && accessState(card.pageAccesses[0], now) === 'active' ? card : null;
}

export type TPageCodeRequest =
  | { outcome: 'sent'; masked: string; deliver: () => Promise<'sent' | 'skipped'> }
  | { outcome: 'invalid_email' | 'rate_limited' };

export async function requestPageCode({
  business,
  page,
  input,
  ip,
  now = new Date(),
}: {
  business: TBusiness;
  page: { id: string };
  input: string;
  ip?: string | null;
  now?: Date;
}): Promise<TPageCodeRequest> {
  const email = normalizeEmail(input);
  if (!email) return { outcome: 'invalid_email' };
  if (await codeRequestOverLimit(ip, now)) return { outcome: 'rate_limited' };
  const deliver = async () => {
    const card = await findListedCard(business.id, page.id, email, now);
    if (!card) return 'skipped' as const;
    const issued = await issueCode(pageCode(business.id, card.id, page.id), {
      destination: email,
      channel: 'email',
      ip,
      now,
      identityId: card.identityId,
    });
    if (issued.outcome !== 'issued') return 'skipped' as const;
    const locale: TLocale = recipientLocale(card.locale, business);
    await sendCodeMessage({
      business,
      to: email,
      channel: 'email',
      variant: 'pageCode',
      kind: 'page_access_code',
      code: issued.code,
      locale,
    });
    return 'sent' as const;
  };
  return { outcome: 'sent', masked: maskDestination({ kind: 'email', value: email }), deliver };
}

/**
 * Checks the code typed for this page and email. On success the code is used up and the
 * card is returned (for the page pass); every failure, including an address that is
 * not on the list, is one of the same three errors.
 */
export async function verifyPageCode({
  business,
  page,
  input,
  code,
  now = new Date(),
}: {
  business: TBusiness;
  page: { id: string };
  input: string;
  code: string;
  now?: Date;
}): Promise<{ ok: true; clientId: string } | TFailure<TCodeError>> {
  const email = normalizeEmail(input);
  const card = email ? await findListedCard(business.id, page.id, email, now) : null;
  if (!card) return fail('invalid');
  const matched = await matchCode(pageCode(business.id, card.id, page.id), code, now);
  if (!matched.ok) return fail(matched.error);
  if (!(await consumeCodes(db, [matched.row.id], now))) return fail('invalid');
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'client',
    actorId: card.identityId,
    action: 'client.page_opened_by_code',
    targetType: 'restricted_page',
    targetId: page.id,
    meta: { clientId: card.id },
  });
  return { ok: true, clientId: card.id };
}
