import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { TPortalBusiness } from '@/lib/business/find-portal-business';
import { requestIp } from '@/lib/request-ip';
import { portalSession } from './portal-session';
import type { getPortalClient } from './require-client';
import { fail, type TFailure } from '@/lib/result';

type TPortalClient = NonNullable<Awaited<ReturnType<typeof getPortalClient>>>;

/**
 * The guard of every portal server action: the business comes from the portal slug,
 * the client from a live, unrevoked session made on that business. Anything else
 * gets `{ error: 'unauthorized' }` and nothing runs. Staff viewing the portal as a
 * client get `{ error: 'view_only' }`: nothing runs, and the attempt is audited.
 */
export async function withPortalClient<T>(
  portal: unknown,
  run: (ctx: { business: TPortalBusiness; client: TPortalClient & { viewAs: null } }) => Promise<T>,
): Promise<T | TFailure<'unauthorized'> | TFailure<'view_only'>> {
  const session = await portalSession(portal);
  if (!session) return fail('unauthorized');
  const { business, client } = session;
  if (client.viewAs) {
    await refuseViewAsWrite(business.id, client);
    return fail('view_only');
  }
  return run({ business, client });
}

/** Every write refused to staff viewing as a client is in the audit log, with the staff member's id. */
export async function refuseViewAsWrite(
  businessId: string,
  client: { id: string; viewAs: { staffId: string; isDemo: boolean } },
) {
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: client.viewAs.staffId,
    action: 'client.view_as_write_refused',
    targetType: 'client',
    targetId: client.id,
    meta: { demo: client.viewAs.isDemo },
    ip: await requestIp(),
  });
}
