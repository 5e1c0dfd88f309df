import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import {
  consumeCodes,
  createCode,
  matchCode,
  pendingCode,
  sendLimit,
  type TCodeKey,
} from '@/lib/auth/codes/one-time-code';
import { sendCodeMessage } from '@/lib/auth/codes/send-code-message';
import { checkIdentityPassword } from '@/lib/auth/passwords/identity-password';
import { maskDestination, normalizeEmail, normalizePhone, type TIdentifier } from '@/lib/format/identifiers';
import { db } from '@/lib/db';
import { type TLocale, recipientLocale } from '@/lib/i18n/locales';
import type { TContactKind } from './contact-change-schema';
import { notifyContactChanged } from './contact-change-notice';
import { fail, invalid, Refusal, type TFailure } from '@/lib/result';

// A client changes the email or mobile number on their card (issue #4, docs/SECURITY.md attack 18):
// 1. they type the new one with a fresh proof that it is them: their password, or, for a
//    client without one, a second code sent to the other address on their card;
// 2. a code goes to the new address; the change happens only when it (and the second
//    code) is entered; the old address is told.
// The pending change lives in the code's row (its destination), so nothing on the card
// changes before step 2 and nothing the browser sends can swap the new address.

type TBusiness = { id: string; name: string; accentColor: string; country: string; defaultLocale: string };
type TCard = {
  id: string;
  email: string | null;
  phone: string | null;
  locale: string | null;
  identity: { id: string };
};

const newCode = (businessId: string, cardId: string): TCodeKey => ({
  purpose: 'verify_contact',
  businessId,
  subject: cardId,
});
const proofCode = (businessId: string, cardId: string): TCodeKey => ({
  purpose: 'confirm_contact_change',
  businessId,
  subject: cardId,
});

/**
 * Where the proof code of a client without a password goes: the address they are not
 * changing (people change a number they no longer have), else the one being replaced.
 */
function proofDestination(card: TCard, kind: TContactKind): TIdentifier | null {
  const [first, second]: TContactKind[] = kind === 'email' ? ['phone', 'email'] : ['email', 'phone'];
  for (const k of [first, second]) if (card[k]) return { kind: k, value: card[k]! } as TIdentifier;
  return null;
}

function parseContact(kind: TContactKind, input: string, country: string): TIdentifier | null {
  const value = kind === 'email' ? normalizeEmail(input) : normalizePhone(input, country);
  return value ? ({ kind, value } as TIdentifier) : null;
}

const localeOf = (card: TCard, business: TBusiness): TLocale => recipientLocale(card.locale, business);

/** What the change page needs to know: does the client confirm with a password or a second code (and where to). */
export async function contactChangeProof(card: TCard, kind: TContactKind) {
  const identity = await db.identity.findUniqueOrThrow({
    where: { id: card.identity.id },
    select: { passwordHash: true },
  });
  if (identity.passwordHash) return { by: 'password' as const };
  const destination = proofDestination(card, kind);
  return { by: 'code' as const, masked: destination ? maskDestination(destination) : null };
}

export type TStartResult = { ok: true; sentTo: string; proofSentTo: string | null } | TFailure;

export async function startContactChange({
  business,
  card,
  kind,
  input,
  password,
  ip,
  now = new Date(),
}: {
  business: TBusiness;
  card: TCard;
  kind: TContactKind;
  input: string;
  password?: string;
  ip?: string | null;
  now?: Date;
}): Promise<TStartResult> {
  const parsed = parseContact(kind, input, business.country);
  if (!parsed) return invalid({ value: kind === 'email' ? 'invalidEmail' : 'invalidPhone' });
  if (card[kind] === parsed.value) return invalid({ value: 'unchanged' });

  const identity = await db.identity.findUniqueOrThrow({
    where: { id: card.identity.id },
    select: { id: true, passwordHash: true, lockedUntil: true },
  });
  let proof: TIdentifier | null = null;
  if (identity.passwordHash) {
    if (!password) return invalid({ password: 'passwordRequired' });
    const checked = await checkIdentityPassword(identity, password, now);
    if (checked.result !== 'ok') {
      await recordAuditEvent({
        businessId: business.id,
        actorType: 'client',
        actorId: identity.id,
        action: 'client.contact_change_refused',
        targetType: 'client',
        targetId: card.id,
        meta: { kind, reason: checked.result },
      });
      return invalid({ password: checked.result === 'locked' ? 'locked' : 'wrongPassword' });
    }
  } else {
    proof = proofDestination(card, kind);
    if (!proof) return fail('failed');
  }

  const limits = await Promise.all([
    sendLimit(newCode(business.id, card.id), { destination: parsed.value, ip, now }),
    proof ? sendLimit(proofCode(business.id, card.id), { destination: proof.value, ip, now }) : null,
  ]);
  const limit = limits.find(Boolean);
  if (limit) return fail(limit === 'too_soon' ? 'tooSoon' : 'rateLimited');

  const locale = localeOf(card, business);
  const channel = (k: TContactKind) => (k === 'email' ? 'email' : 'sms') as 'email' | 'sms';
  const code = await createCode(newCode(business.id, card.id), {
    destination: parsed.value,
    channel: channel(kind),
    ip,
    now,
    identityId: identity.id,
  });
  // the proof code is made at the same instant: confirming pairs the two by it
  const proofDigits = proof
    ? await createCode(proofCode(business.id, card.id), {
        destination: proof.value,
        channel: channel(proof.kind),
        ip,
        now,
        identityId: identity.id,
      })
    : null;
  await sendCodeMessage({
    business,
    to: parsed.value,
    channel: channel(kind),
    variant: 'contactCode',
    kind: 'verify_contact_code',
    code,
    locale,
  });
  if (proof && proofDigits)
    await sendCodeMessage({
      business,
      to: proof.value,
      channel: channel(proof.kind),
      variant: 'contactChangeCode',
      kind: 'confirm_contact_change_code',
      code: proofDigits,
      locale,
    });
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'client',
    actorId: identity.id,
    action: 'client.contact_change_started',
    targetType: 'client',
    targetId: card.id,
    meta: { kind, proof: proof ? 'code' : 'password' },
  });
  return { ok: true, sentTo: maskDestination(parsed), proofSentTo: proof ? maskDestination(proof) : null };
}

/** The change waiting for its code(s), if any: where the codes went. */
export async function pendingContactChange({
  businessId,
  card,
  now = new Date(),
}: {
  businessId: string;
  card: TCard;
  now?: Date;
}) {
  const [pending, proof] = await Promise.all([
    pendingCode(newCode(businessId, card.id), now),
    pendingCode(proofCode(businessId, card.id), now),
  ]);
  if (!pending) return null;
  const kind: TContactKind = pending.channel === 'email' ? 'email' : 'phone';
  const paired = proof && proof.createdAt.getTime() === pending.createdAt.getTime() ? proof : null;
  const mask = (row: { channel: string; destination: string }) =>
    maskDestination({ kind: row.channel === 'email' ? 'email' : 'phone', value: row.destination } as TIdentifier);
  return { kind, sentTo: mask(pending), proofSentTo: paired ? mask(paired) : null };
}

export type TConfirmResult = { ok: true; kind: TContactKind; old: string | null; value: string } | TFailure;

const codeError = (error: string) => (error === 'too_many_attempts' ? 'tooManyAttempts' : error);

export async function confirmContactChange({
  business,
  card,
  code,
  proofCodeInput,
  now = new Date(),
}: {
  business: TBusiness;
  card: TCard;
  code: string;
  proofCodeInput?: string;
  now?: Date;
}): Promise<TConfirmResult> {
  const identity = await db.identity.findUniqueOrThrow({
    where: { id: card.identity.id },
    select: { id: true, email: true, phone: true, passwordHash: true },
  });
  const matched = await matchCode(newCode(business.id, card.id), code, now);
  if (!matched.ok) return invalid({ code: codeError(matched.error) });
  const pendingProof = await pendingCode(proofCode(business.id, card.id), now);
  const paired = pendingProof && pendingProof.createdAt.getTime() === matched.row.createdAt.getTime();
  const ids = [matched.row.id];
  if (paired || !identity.passwordHash) {
    // a client without a password proves it is them with the second code
    if (!paired) return invalid({ proofCode: 'expired' });
    if (!proofCodeInput?.trim()) return invalid({ proofCode: 'codeRequired' });
    const proof = await matchCode(proofCode(business.id, card.id), proofCodeInput ?? '', now);
    if (!proof.ok) return invalid({ proofCode: codeError(proof.error) });
    ids.push(proof.row.id);
  }

  const kind: TContactKind = matched.row.channel === 'email' ? 'email' : 'phone';
  const value = matched.row.destination;
  const old = card[kind];
  const taken = await db.client.findFirst({
    where: { businessId: business.id, [kind]: value, NOT: { id: card.id } },
    select: { id: true },
  });
  if (taken) return fail('taken');
  // the identity follows when it had the old address and nobody else has the new one
  const identityFollows =
    identity[kind] === old || !identity[kind]
      ? !(await db.identity.findFirst({ where: { [kind]: value, NOT: { id: identity.id } }, select: { id: true } }))
      : false;

  try {
    await db.$transaction(async (tx) => {
      if (!(await consumeCodes(tx, ids, now))) throw new Refusal(invalid({ code: 'invalid' }));
      await tx.client.update({ where: { id: card.id, businessId: business.id }, data: { [kind]: value } });
      if (identityFollows)
        await tx.identity.update({
          where: { id: identity.id },
          data: kind === 'email' ? { email: value, emailVerifiedAt: now } : { phone: value, phoneVerifiedAt: now },
        });
    });
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    if ((error as { code?: string }).code === 'P2002') return fail('taken');
    throw error;
  }
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'client',
    actorId: identity.id,
    action: 'client.contact_changed',
    targetType: 'client',
    targetId: card.id,
    meta: { kind, proof: ids.length > 1 ? 'code' : 'password' },
  });
  await notifyContactChanged({ business, card, kind, old, value, locale: localeOf(card, business) });
  return { ok: true, kind, old, value };
}
