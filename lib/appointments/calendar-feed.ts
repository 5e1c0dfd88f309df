import 'server-only';
import { createHmac } from 'node:crypto';
import { hashToken } from '@/lib/auth/codes/code-crypto';
import { authSecret } from '@/lib/crypto/secret';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { calendarAppointmentSelect } from './calendar';
import type { TClientAt } from '@/lib/business/client-scope';

// A personal calendar feed: a secret URL calendar apps can subscribe to. The token is
// derived from its row (HMAC with AUTH_SECRET), so the page can show the URL again
// without storing it; only its hash is stored, for the lookup. Revoking ends it.
const PURPOSE = 'calendar_feed';
const tokenOf = (rowId: string) =>
  createHmac('sha256', authSecret()).update(`calendar-feed|${rowId}`).digest('base64url');

/** The active feed token of this client, or null. */
export async function findCalendarFeed({ businessId, clientId }: { businessId: string; clientId: string }) {
  const row = await db.authToken.findFirst({
    where: { purpose: PURPOSE, businessId, clientId, revokedAt: null },
    select: { id: true },
    orderBy: { createdAt: 'desc' },
  });
  return row ? tokenOf(row.id) : null;
}

export async function createCalendarFeed({
  businessId,
  clientId,
  identityId,
}: {
  businessId: string;
  clientId: string;
  identityId: string;
}) {
  const existing = await findCalendarFeed({ businessId, clientId });
  if (existing) return existing;
  const row = await db.authToken.create({
    data: { purpose: PURPOSE, businessId, clientId, identityId, tokenHash: `pending:${crypto.randomUUID()}` },
    select: { id: true },
  });
  const token = tokenOf(row.id);
  await db.authToken.update({ where: { id: row.id }, data: { tokenHash: hashToken(token) } });
  await recordAuditEvent({ businessId, actorType: 'client', actorId: identityId, action: 'calendar_feed.created' });
  return token;
}

export async function revokeCalendarFeed({
  businessId,
  clientId,
  identityId,
}: {
  businessId: string;
  clientId: string;
  identityId: string;
}) {
  await db.authToken.updateMany({
    where: { purpose: PURPOSE, businessId, clientId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  await recordAuditEvent({ businessId, actorType: 'client', actorId: identityId, action: 'calendar_feed.revoked' });
}

/** The feed's client and business for a token from a URL, or null (unknown, revoked, card disabled). */
export async function openCalendarFeed(token: string) {
  if (!/^[\w-]{40,50}$/.test(token)) return null;
  const row = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, revokedAt: true, businessId: true, clientId: true },
  });
  if (!row || row.purpose !== PURPOSE || row.revokedAt || !row.businessId || !row.clientId) return null;
  const client = await db.client.findFirst({
    where: { id: row.clientId, businessId: row.businessId, status: 'active' },
    select: {
      id: true,
      firstName: true,
      business: { select: { id: true, slug: true, name: true, legalAddress: true } },
    },
  });
  return client;
}

/** What a feed shows: from 90 days ago on, at most 500 appointments (one query). */
export function listFeedAppointments({ businessId, clientId, now = new Date() }: TClientAt) {
  return db.appointment.findMany({
    where: { businessId, clientId, startsAt: { gte: new Date(now.getTime() - 90 * 24 * 3600_000) } },
    select: calendarAppointmentSelect,
    orderBy: { startsAt: 'asc' },
    take: 500,
  });
}
