import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { locales } from '@/lib/i18n/locales';
import { fail, invalidInput, type TResult } from '@/lib/result';

/** saved replies one business may keep */
const MAX_REPLIES = 200;

/** A saved reply; messages are keys of admin.inbox.replies.errors. */
const ZCannedReply = z.object({
  locale: z.enum(locales),
  title: z.string().trim().min(1, { message: 'titleRequired' }).max(80, { message: 'titleTooLong' }),
  body: z.string().trim().min(1, { message: 'bodyRequired' }).max(5000, { message: 'bodyTooLong' }),
});

/** The business's saved replies, by language then title. */
export function listCannedReplies(businessId: string) {
  return db.cannedReply.findMany({
    where: { businessId },
    select: { id: true, locale: true, title: true, body: true },
    orderBy: [{ locale: 'asc' }, { title: 'asc' }],
  });
}

export async function addCannedReply(
  { businessId, staffIdentityId }: { businessId: string; staffIdentityId: string },
  values: unknown,
): Promise<TResult> {
  const parsed = ZCannedReply.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  if ((await db.cannedReply.count({ where: { businessId } })) >= MAX_REPLIES) return fail('tooMany');
  const reply = await db.cannedReply.create({ data: { businessId, ...parsed.data }, select: { id: true } });
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'conversation.reply_saved',
    targetType: 'canned_reply',
    targetId: reply.id,
  });
  return { ok: true };
}

export async function removeCannedReply(
  { businessId, staffIdentityId }: { businessId: string; staffIdentityId: string },
  id: unknown,
): Promise<TResult> {
  if (typeof id !== 'string') return fail('notFound');
  const { count } = await db.cannedReply.deleteMany({ where: { id, businessId } });
  if (count !== 1) return fail('notFound');
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'conversation.reply_removed',
    targetType: 'canned_reply',
    targetId: id,
  });
  return { ok: true };
}
