import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { createElement } from 'react';
import { createTranslator } from 'next-intl';
import StaffPasswordResetEmail from '@/emails/staff-password-reset';
import { generateToken, hashToken } from '@/lib/auth/codes/code-crypto';
import { normalizeEmail } from '@/lib/format/identifiers';
import { hashPassword } from '@/lib/crypto/password-hash';
import { passwordProblem, type TResetError } from '@/lib/auth/passwords/reset-password';
import { db } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { isLocale, loadMessages, type TLocale } from '@/lib/i18n/locales';
import { sendEmail } from '@/lib/messaging/send-email';
import { fail, type TFailure } from '@/lib/result';

const PURPOSE = 'staff_reset_password';
const LINK_TTL_MS = 3600_000;
/** links sent to one address in an hour, whatever the answer says */
const MAX_LINKS_PER_HOUR = 3;

/**
 * Staff "Forgot password?": a single-use link valid one hour to the staff member's email,
 * stored hashed; a new link revokes the earlier ones. The caller answers the same way
 * whether or not the address is a staff member's (the email is sent after the response).
 * Returns the sending to run later, or null when nothing is to be sent.
 */
export async function requestStaffPasswordReset({
  email: input,
  locale,
  now = new Date(),
}: {
  email: unknown;
  locale: TLocale;
  now?: Date;
}): Promise<(() => Promise<unknown>) | null> {
  const email = typeof input === 'string' ? normalizeEmail(input) : null;
  if (!email) return null;
  const identity = await db.identity.findUnique({
    where: { email },
    select: { id: true, name: true, preferredLocale: true, staff: { select: { businessId: true }, take: 1 } },
  });
  if (!identity || identity.staff.length === 0) return null;
  const recent = await db.authToken.count({
    where: { purpose: PURPOSE, identityId: identity.id, createdAt: { gte: new Date(now.getTime() - 3600_000) } },
  });
  if (recent >= MAX_LINKS_PER_HOUR) return null;
  const { token, tokenHash } = generateToken();
  await db.$transaction([
    db.authToken.updateMany({
      where: { purpose: PURPOSE, identityId: identity.id, consumedAt: null, revokedAt: null },
      data: { revokedAt: now },
    }),
    db.authToken.create({
      data: {
        purpose: PURPOSE,
        identityId: identity.id,
        tokenHash,
        expiresAt: new Date(now.getTime() + LINK_TTL_MS),
        createdAt: now,
      },
    }),
  ]);
  const language = isLocale(identity.preferredLocale) ? identity.preferredLocale : locale;
  const messages = await loadMessages(language);
  const t = createTranslator({ locale: language, messages, namespace: 'emails.staffReset' });
  return () =>
    sendEmail({
      businessId: identity.staff[0].businessId,
      to: email,
      kind: 'staff_password_reset',
      locale: language,
      subject: t('subject'),
      template: createElement(StaffPasswordResetEmail, {
        locale: language,
        messages,
        name: identity.name ?? email,
        link: `${appUrl()}/admin/reset-password?token=${token}`,
      }),
    });
}

/**
 * Sets the staff member's new password with the link: used once, within the hour; every
 * session of theirs ends, and sign-in still asks for the authenticator app where it is on.
 */
export async function resetStaffPassword({
  token,
  password,
  now = new Date(),
}: {
  token: unknown;
  password: unknown;
  now?: Date;
}): Promise<{ ok: true } | TFailure<TResetError>> {
  const problem = passwordProblem(password);
  if (problem) return fail(problem);
  const row =
    typeof token === 'string' && token.length <= 200
      ? await db.authToken.findUnique({ where: { tokenHash: hashToken(token) } })
      : null;
  if (!row || row.purpose !== PURPOSE || !row.identityId) return fail('invalid');
  const consumed = await db.authToken.updateMany({
    where: { id: row.id, consumedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  if (consumed.count !== 1) return fail('expired');
  const passwordHash = await hashPassword(password as string);
  const identityId = row.identityId;
  await db.$transaction(async (tx) => {
    await tx.identity.update({
      where: { id: identityId },
      data: { passwordHash, passwordChangedAt: now, sessionsValidAfter: now, failedLogins: 0, lockedUntil: null },
    });
    const memberships = await tx.staffMember.findMany({ where: { identityId }, select: { businessId: true } });
    for (const { businessId } of memberships)
      await recordAuditEvent(
        { businessId, actorType: 'staff', actorId: identityId, action: 'staff.password_reset' },
        tx,
      );
  });
  return { ok: true };
}
