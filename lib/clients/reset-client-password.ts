import 'server-only';
import { sendNoticeEmail } from '@/lib/messaging/send-notice-email';
import { createTranslator } from 'next-intl';
import { generatePassword } from '@/lib/auth/passwords/generate-password';
import { hashPassword } from '@/lib/crypto/password-hash';
import { db } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { sendSms } from '@/lib/messaging/send-sms';
import { isUnprovenLogin } from '@/lib/auth/reachable-card';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { fail, type TFailure } from '@/lib/result';
import { recipientWords } from '@/lib/i18n/recipient-words';

export type TResetClientPasswordError = 'not_available' | 'shared_identity' | 'no_address' | 'unproven_address';

/**
 * Staff "Reset password" next to the card's email or phone (seed 000): Portico makes a
 * new password and sends it there; nobody sees it. The client must choose their own at
 * the next sign-in, every session of theirs ends, and it is audited with the staff id.
 * A login is one person's across every business they use, so this is only for a login
 * used with this business alone (never a staff login). A card without a login gets one that
 * holds no contact point: staff wrote the address, so the password opens this card only until
 * its holder proves a contact (docs/SECURITY.md, "Identities"). A login that proved its
 * contacts gets the new password only at an address it proved.
 */
export async function resetClientPassword({
  business,
  clientId,
  channel,
  staffIdentityId,
  now = new Date(),
}: {
  business: { id: string; slug: string; name: string; accentColor: string; defaultLocale: string };
  clientId: string;
  channel: 'email' | 'sms';
  staffIdentityId: string;
  now?: Date;
}): Promise<{ ok: true } | TFailure<TResetClientPasswordError>> {
  const card = await db.client.findFirst({
    where: { id: clientId, businessId: business.id, isDemo: false, status: 'active' },
    select: {
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      locale: true,
      identity: {
        select: {
          id: true,
          email: true,
          phone: true,
          clients: { select: { businessId: true } },
          _count: { select: { staff: true } },
        },
      },
    },
  });
  if (!card) return fail('not_available');
  const to = channel === 'email' ? card.email : card.phone;
  if (!to) return fail('no_address');
  const identity = card.identity;
  if (identity && (identity._count.staff > 0 || identity.clients.some((c) => c.businessId !== business.id)))
    return fail('shared_identity');
  if (identity && !isUnprovenLogin(identity) && identity[channel === 'email' ? 'email' : 'phone'] !== to)
    return fail('unproven_address');

  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const login = {
    passwordHash,
    passwordChangedAt: now,
    mustChangePassword: true,
    sessionsValidAfter: now,
    failedLogins: 0,
    lockedUntil: null,
  };
  await db.$transaction(async (tx) => {
    if (identity) await tx.identity.update({ where: { id: identity.id }, data: login });
    else {
      const created = await tx.identity.create({
        data: { ...login, name: `${card.firstName} ${card.lastName}`.trim() },
        select: { id: true },
      });
      await tx.client.updateMany({
        where: { id: clientId, businessId: business.id, identityId: null },
        data: { identityId: created.id },
      });
    }
    await recordAuditEvent(
      {
        businessId: business.id,
        actorType: 'staff',
        actorId: staffIdentityId,
        action: 'client.password_reset_by_staff',
        targetType: 'client',
        targetId: clientId,
        meta: { channel },
      },
      tx,
    );
  });

  // after the commit: the password goes to the card's own address only, in the client's language
  const { locale, messages, t } = await recipientWords(card.locale, business, 'passwordByStaff');
  const link = `${appUrl()}/p/${business.slug}/sign-in`;
  if (channel === 'sms')
    await sendSms({
      businessId: business.id,
      to,
      kind: 'password_reset_by_staff',
      locale,
      text: t('sms', { business: business.name, password }),
    });
  else
    await sendNoticeEmail({
      business,
      to,
      kind: 'password_reset_by_staff',
      locale,
      heading: t('subject', { business: business.name }),
      body: t('body', { business: business.name, password, login: to, link }),
      footer: createTranslator({ locale, messages, namespace: 'emails' })('footer', { business: business.name }),
    });
  return { ok: true };
}
