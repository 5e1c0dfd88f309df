import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { parseLoginMethods } from '@/lib/business/schemas';
import { db } from '@/lib/db';
import { clientSessionUser } from './client-session-user';
import { parseIdentifier } from './identifiers';
import { hashPassword, verifyPassword } from './password-hash';
import { ZClientPasswordSignIn } from './schemas';
import { isLocked, lockUntil } from './throttle';

let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword('portico-timing-equalizer'));

/**
 * The client session user for a portal's password sign-in, or null — the same
 * null for an unknown identifier, another business's client, a wrong password and
 * a throttled account, after the same password-hash work.
 */
export async function verifyClientPassword(input: Record<string, unknown>, now = new Date()) {
  const parsed = ZClientPasswordSignIn.safeParse({ ...input, remember: input.remember === true || input.remember === 'true' });
  const business = typeof input.portal === 'string' ? await db.business.findUnique({ where: { slug: input.portal } }) : null;
  if (!parsed.success || !business || !business.allowClientLogin || !parseLoginMethods(business.loginMethods).includes('password')) {
    await verifyPassword('x', await dummy());
    return null;
  }
  const identifier = parseIdentifier(parsed.data.identifier, business.country);
  const client = identifier
    ? await db.client.findFirst({
        where: { businessId: business.id, status: 'active', identityId: { not: null }, [identifier.kind]: identifier.value },
        select: { id: true, firstName: true, lastName: true, identity: { select: { id: true, passwordHash: true, failedLogins: true, lockedUntil: true } } },
      })
    : null;
  const identity = client?.identity;
  const ok = await verifyPassword(parsed.data.password, identity?.passwordHash ?? (await dummy()));
  if (!client || !identity?.passwordHash) {
    await recordAuditEvent({ businessId: business.id, actorType: 'anonymous', action: 'client.sign_in_failed', meta: { method: 'password', reason: 'unknown' } });
    return null;
  }
  if (isLocked(identity.lockedUntil, now)) {
    await recordAuditEvent({ businessId: business.id, actorType: 'client', actorId: identity.id, action: 'client.sign_in_throttled', targetType: 'client', targetId: client.id });
    return null;
  }
  if (!ok) {
    const { failedLogins } = await db.identity.update({ where: { id: identity.id }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } });
    const until = lockUntil(failedLogins, now);
    if (until) await db.identity.update({ where: { id: identity.id }, data: { lockedUntil: until } });
    await recordAuditEvent({
      businessId: business.id, actorType: 'client', actorId: identity.id, action: until ? 'client.locked_out' : 'client.sign_in_failed',
      targetType: 'client', targetId: client.id, meta: { method: 'password', failures: failedLogins },
    });
    return null;
  }
  await db.identity.update({ where: { id: identity.id }, data: { failedLogins: 0, lockedUntil: null } });
  const remember = parsed.data.remember;
  return clientSessionUser(business, client, identity.id, { method: 'password', remember, now });
}
