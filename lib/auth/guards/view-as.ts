import 'server-only';
import { can } from '@/lib/auth/guards/permissions';
import { db } from '@/lib/db';
import { deleteAuthCookie, readAuthCookie, setAuthCookie } from '../../crypto/cookie-jar';
import { VIEW_AS_COOKIE } from '../config';
import { PORTAL_CLIENT_SELECT } from '../portal-client-select';
import { getStaff, needsAuthenticator } from './require-staff';
import { seal, unseal } from '../../crypto/sealed';

const SALT = 'portico.view-as';
/** a preview lasts an hour at most; the staff session's own end and revocation still apply */
const VIEW_AS_SECONDS = 3600;

type TViewAsTicket = { staffId: string; businessId: string; clientId: string };

/** Staff open the portal as one client of their business (read-only): a sealed ticket beside the staff session. */
export async function openViewAs(ticket: TViewAsTicket) {
  await setAuthCookie(VIEW_AS_COOKIE, await seal(ticket, SALT, VIEW_AS_SECONDS), { maxAge: VIEW_AS_SECONDS });
}

export async function closeViewAs() {
  await deleteAuthCookie(VIEW_AS_COOKIE);
}

/** The identity a card without a login shows through (the Demo Client, a card never signed in): nothing to act on. */
const NO_LOGIN = {
  id: '',
  email: null,
  sessionsValidAfter: new Date(0),
  totpEnabledAt: null,
  mustChangePassword: false,
  _count: { clients: 1 },
};

/**
 * The client a staff member is viewing the portal as, or null. Every part is checked
 * again on each request: the ticket is sealed and unexpired, it names this business
 * and this staff member, whose session is live, and whose role here may read clients;
 * the card belongs to the business. The result says `viewAs`, and every write refuses it.
 */
export async function resolveViewAs(businessId: string) {
  const ticket = await unseal<TViewAsTicket>(await readAuthCookie(VIEW_AS_COOKIE), SALT);
  if (!ticket || ticket.businessId !== businessId) return null;
  const staff = await getStaff();
  if (!staff || staff.id !== ticket.staffId || needsAuthenticator(staff)) return null;
  const membership = staff.staff.find((m) => m.business.id === businessId);
  if (!membership || !can(membership.role, 'clients.read')) return null;
  const client = await db.client.findFirst({
    where: { id: ticket.clientId, businessId },
    select: { ...PORTAL_CLIENT_SELECT, isDemo: true },
  });
  if (!client) return null;
  const { isDemo, identity, ...card } = client;
  return {
    ...card,
    identity: identity ?? NO_LOGIN,
    viewAs: { staffId: staff.id, isDemo },
  };
}
