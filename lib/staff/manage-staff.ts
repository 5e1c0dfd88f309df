import 'server-only';
import { can } from '@/lib/auth/guards/permissions';
import { db } from '@/lib/db';
import { STAFF_ROLES } from './staff-schemas';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { fail, type TFailure } from '@/lib/result';

/** The staff of a business and its open invitations: two queries. */
export async function listStaff(businessId: string, now = new Date()) {
  const [members, invites] = await Promise.all([
    db.staffMember.findMany({
      where: { businessId },
      select: {
        id: true,
        role: true,
        displayName: true,
        identity: { select: { id: true, email: true, totpEnabledAt: true } },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    db.staffInvite.findMany({
      where: { businessId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, email: true, role: true, expiresAt: true },
      orderBy: { createdAt: 'desc' },
    }),
  ]);
  return { members, invites };
}

type TActor = { identityId: string; role: string };
type TChange = { ok: true } | TFailure<'notFound' | 'lastOwner' | 'roleNotAllowed'>;

/**
 * Changes a member's role. Only an owner touches an owner (or makes one); the last
 * owner cannot be demoted. The rule is checked inside the transaction that writes.
 */
export async function changeStaffRole({
  businessId,
  actor,
  memberId,
  role,
}: {
  businessId: string;
  actor: TActor;
  memberId: string;
  role: unknown;
}): Promise<TChange> {
  if (!(STAFF_ROLES as readonly unknown[]).includes(role)) return fail('roleNotAllowed');
  return db.$transaction(async (tx): Promise<TChange> => {
    const member = await tx.staffMember.findFirst({
      where: { id: memberId, businessId },
      select: { role: true, identityId: true },
    });
    if (!member) return fail('notFound');
    if ((member.role === 'owner' || role === 'owner') && !can(actor.role, 'owners.manage'))
      return fail('roleNotAllowed');
    if (
      member.role === 'owner' &&
      role !== 'owner' &&
      (await tx.staffMember.count({ where: { businessId, role: 'owner' } })) <= 1
    )
      return fail('lastOwner');
    await tx.staffMember.updateMany({ where: { id: memberId, businessId }, data: { role: role as string } });
    await recordAuditEvent(
      {
        businessId,
        actorType: 'staff',
        actorId: actor.identityId,
        action: 'staff.role_changed',
        meta: { member: member.identityId, from: member.role, to: role as string },
      },
      tx,
    );
    return { ok: true };
  });
}

/**
 * Removes a member from the business; their sessions end at once (every staff request
 * re-reads the identity). The last owner cannot be removed; only an owner removes an owner.
 */
export async function removeStaff({
  businessId,
  actor,
  memberId,
  now = new Date(),
}: {
  businessId: string;
  actor: TActor;
  memberId: string;
  now?: Date;
}): Promise<TChange> {
  return db.$transaction(async (tx): Promise<TChange> => {
    const member = await tx.staffMember.findFirst({
      where: { id: memberId, businessId },
      select: { role: true, identityId: true },
    });
    if (!member) return fail('notFound');
    if (member.role === 'owner' && !can(actor.role, 'owners.manage')) return fail('roleNotAllowed');
    if (member.role === 'owner' && (await tx.staffMember.count({ where: { businessId, role: 'owner' } })) <= 1)
      return fail('lastOwner');
    await tx.staffMember.deleteMany({ where: { id: memberId, businessId } });
    await tx.identity.updateMany({ where: { id: member.identityId }, data: { sessionsValidAfter: now } });
    await recordAuditEvent(
      {
        businessId,
        actorType: 'staff',
        actorId: actor.identityId,
        action: 'staff.removed',
        meta: { member: member.identityId, role: member.role },
      },
      tx,
    );
    return { ok: true };
  });
}
