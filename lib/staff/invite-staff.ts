import 'server-only';
import { createElement } from 'react';
import StaffInviteEmail from '@/emails/staff-invite';
import { can } from '@/lib/auth/guards/permissions';
import { generateToken } from '@/lib/auth/codes/code-crypto';
import { normalizeEmail } from '@/lib/format/identifiers';
import { db } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { sendEmail } from '@/lib/messaging/send-email';
import { ZInvite } from './staff-schemas';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { type TFailure, invalid, invalidInput } from '@/lib/result';
import { recipientWords } from '@/lib/i18n/recipient-words';

const INVITE_TTL_MS = 7 * 24 * 3600_000;

/**
 * Invites a person to the business's staff with a role: a single-use link valid 7 days,
 * sent by email after the row is committed; inviting the same address again revokes
 * the earlier link. Only an owner may invite an owner.
 */
export async function inviteStaff({
  business,
  inviter,
  values,
  now = new Date(),
}: {
  business: { id: string; name: string; defaultLocale: string };
  inviter: { identityId: string; role: string; name: string };
  values: unknown;
  now?: Date;
}): Promise<{ ok: true } | TFailure> {
  const parsed = ZInvite.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const email = normalizeEmail(parsed.data.email);
  if (!email) return invalid({ email: 'emailInvalid' });
  if (parsed.data.role === 'owner' && !can(inviter.role, 'owners.manage')) return invalid({ role: 'roleNotAllowed' });
  const member = await db.staffMember.findFirst({
    where: { businessId: business.id, identity: { email } },
    select: { id: true },
  });
  if (member) return invalid({ email: 'alreadyMember' });

  const { token, tokenHash } = generateToken();
  await db.$transaction(async (tx) => {
    await tx.staffInvite.updateMany({
      where: { businessId: business.id, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.staffInvite.create({
      data: {
        businessId: business.id,
        email,
        role: parsed.data.role,
        tokenHash,
        invitedById: inviter.identityId,
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
        createdAt: now,
      },
    });
    await recordAuditEvent(
      {
        businessId: business.id,
        actorType: 'staff',
        actorId: inviter.identityId,
        action: 'staff.invited',
        meta: { role: parsed.data.role },
      },
      tx,
    );
  });
  const { locale, messages, t } = await recipientWords(null, business, 'emails.staffInvite');
  await sendEmail({
    businessId: business.id,
    to: email,
    kind: 'staff_invite',
    locale,
    subject: t('subject', { business: business.name }),
    template: createElement(StaffInviteEmail, {
      locale,
      messages,
      businessName: business.name,
      inviterName: inviter.name,
      role: parsed.data.role,
      link: `${appUrl()}/admin/invite?token=${token}`,
    }),
  });
  return { ok: true };
}
