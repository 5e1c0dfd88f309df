import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { parseLoginMethods } from '@/lib/business/schemas';
import { db } from '@/lib/db';
import { clientSessionUser } from '../sessions/client-session-user';
import { parseIdentifier } from '../../format/identifiers';
import { burnPasswordTime, checkIdentityPassword } from './identity-password';
import { reachingIdentity } from '../reachable-card';
import { ZClientPasswordSignIn } from '../schemas';
import { CLIENT_CONTACT_SELECT } from '@/lib/business/client-scope';

/**
 * The client session user for a portal's password sign-in, or null — the same
 * null for an unknown identifier, another business's client, a wrong password and
 * a throttled account, after the same password-hash work.
 */
export async function verifyClientPassword(input: Record<string, unknown>, now = new Date()) {
  const parsed = ZClientPasswordSignIn.safeParse({
    ...input,
    remember: input.remember === true || input.remember === 'true',
  });
  const business = await findPortalBusiness(input.portal);
  if (
    !parsed.success ||
    !business ||
    !business.allowClientLogin ||
    !parseLoginMethods(business.loginMethods).includes('password')
  ) {
    await burnPasswordTime();
    return null;
  }
  const identifier = parseIdentifier(parsed.data.identifier, business.country);
  const client = identifier
    ? await db.client.findFirst({
        where: {
          businessId: business.id,
          status: 'active',
          identityId: { not: null },
          [identifier.kind]: identifier.value,
        },
        select: {
          ...CLIENT_CONTACT_SELECT,
          identity: { select: { id: true, email: true, phone: true, passwordHash: true, lockedUntil: true } },
        },
      })
    : null;
  // the card's login, if it reaches the card: through a contact it proved, or made for it alone
  const identity = client ? reachingIdentity(client) : null;
  const { result, failures } = await checkIdentityPassword(identity, parsed.data.password, now);
  const audit = {
    businessId: business.id,
    actorType: 'client' as const,
    actorId: client?.identity?.id,
    targetType: 'client',
    targetId: client?.id,
  };
  if (result === 'none') {
    await recordAuditEvent({
      businessId: business.id,
      actorType: 'anonymous',
      action: 'client.sign_in_failed',
      meta: { method: 'password', reason: 'unknown' },
    });
    return null;
  }
  if (result !== 'ok') {
    const action =
      result === 'locked' ? (failures ? 'client.locked_out' : 'client.sign_in_throttled') : 'client.sign_in_failed';
    await recordAuditEvent({ ...audit, action, meta: { method: 'password', ...(failures ? { failures } : {}) } });
    return null;
  }
  return clientSessionUser(business, client!, client!.identity!.id, {
    method: 'password',
    remember: parsed.data.remember,
    now,
  });
}
