import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { endOfZonedDay, startOfZonedDay } from '@/lib/time/zoned-day';
import { splitEmails, ZAccessPeriodForm, ZGrantAccessForm } from './page-schema';
import { fail, invalid, invalidInput } from '@/lib/result';

const MAX_EMAILS = 500;
type TBusiness = { id: string; timezone: string };

const periodOf = (v: { from: string; until: string }, timezone: string) => ({
  from: startOfZonedDay(v.from, timezone),
  until: v.until ? endOfZonedDay(v.until, timezone) : null,
});

/**
 * Give clients access to a page (seed 003 "the list of users … you can make by yourself"):
 * one email or a pasted list, each with the same period. A listed address with no card
 * gets one (the page's client list is where the business keeps them); one already on the
 * list gets the new period. Any malformed address: nothing changes, and it is named.
 */
export async function grantPageAccess({
  business,
  pageId,
  values,
  staffIdentityId,
}: {
  business: TBusiness;
  pageId: string;
  values: unknown;
  staffIdentityId: string;
}) {
  const parsed = ZGrantAccessForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const emails = splitEmails(parsed.data.emails);
  if (emails.length === 0) return invalid({ emails: 'emailsRequired' });
  if (emails.length > MAX_EMAILS) return invalid({ emails: 'tooManyEmails' });
  const bad = emails.filter((e) => !z.email().safeParse(e).success);
  if (bad.length) return { ...invalid({ emails: 'emailsInvalid' }), invalid: bad.slice(0, 20) };
  const page = await db.restrictedPage.findFirst({
    where: { id: pageId, businessId: business.id },
    select: { id: true },
  });
  if (!page) return fail('notFound');
  const period = periodOf(parsed.data, business.timezone);
  const result = await db.$transaction(async (tx) => {
    const known = await tx.client.findMany({
      where: { businessId: business.id, email: { in: emails } },
      select: { id: true, email: true, status: true, isDemo: true },
    });
    const archived = known.filter((c) => c.status === 'archived' || c.isDemo).map((c) => c.email!);
    if (archived.length) return { archived, granted: 0, created: 0 };
    const missing = emails.filter((e) => !known.some((c) => c.email === e));
    const created = [];
    for (const email of missing)
      created.push(
        await tx.client.create({
          data: { businessId: business.id, email, firstName: email.split('@')[0], source: 'manual' },
          select: { id: true, email: true },
        }),
      );
    for (const client of [...known, ...created])
      await tx.pageAccess.upsert({
        where: { pageId_clientId: { pageId: page.id, clientId: client.id }, businessId: business.id },
        create: { businessId: business.id, pageId: page.id, clientId: client.id, ...period, grantedBy: 'manual' },
        update: period,
      });
    return { archived: null, granted: known.length + created.length, created: created.length };
  });
  if (result.archived) return { ...invalid({ emails: 'emailsArchived' }), invalid: result.archived.slice(0, 20) };
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'page.access_granted',
    targetType: 'page',
    targetId: page.id,
    meta: { granted: result.granted, created: result.created, until: period.until?.toISOString() ?? null },
  });
  return { ok: true as const, granted: result.granted, created: result.created };
}

/** Change one client's period on a page, or end it now (until = now). */
export async function changePageAccess({
  business,
  accessId,
  values,
  staffIdentityId,
  now = new Date(),
}: {
  business: TBusiness;
  accessId: string;
  values: unknown | 'end';
  staffIdentityId: string;
  now?: Date;
}) {
  let data: { from?: Date; until: Date | null };
  if (values === 'end') data = { until: now };
  else {
    const parsed = ZAccessPeriodForm.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error);
    data = periodOf(parsed.data, business.timezone);
  }
  const access = await db.pageAccess.findFirst({
    where: { id: accessId, businessId: business.id },
    select: { id: true, pageId: true, clientId: true, from: true },
  });
  if (!access) return fail('notFound');
  // ending an access that has not started yet: it ends as it starts (never before it)
  if (values === 'end' && access.from > now) data = { from: now, until: now };
  await db.pageAccess.update({ where: { id: access.id, businessId: business.id }, data });
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: values === 'end' ? 'page.access_ended' : 'page.access_changed',
    targetType: 'client',
    targetId: access.clientId,
    meta: { pageId: access.pageId, until: data.until?.toISOString() ?? null },
  });
  return { ok: true as const };
}
