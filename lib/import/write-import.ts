import 'server-only';
import { fail, type TFailure } from '@/lib/result';
import { db } from '@/lib/db';
import type { TImportPlan } from './plan-import';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';

const CHUNK = 500;

/**
 * Writes a planned import in ONE transaction: the new cards (source "import"), the
 * updated ones, their custom values and the audit entry. Any failure (a card made by
 * someone else in the meantime with the same email, a lost connection) rolls all of it
 * back: nothing is half-imported. Returns the new cards that have an email, for the
 * welcome messages staff may have asked for (sent after the commit, never inside).
 */
export async function writeImport({
  businessId,
  plan,
  staffIdentityId,
  fileName,
}: {
  businessId: string;
  plan: TImportPlan;
  staffIdentityId: string;
  fileName: string;
}): Promise<{ ok: true; created: number; updated: number; welcome: string[] } | TFailure<'failed'>> {
  const counts = { created: plan.creates.length, updated: plan.updates.length };
  const skipped = plan.report.filter((r) => r.outcome === 'skip').length;
  const invalid = plan.report.filter((r) => r.outcome === 'invalid').length;
  try {
    const welcome = await db.$transaction(
      async (tx) => {
        const made: { id: string; email: string | null }[] = [];
        for (let i = 0; i < plan.creates.length; i += CHUNK) {
          const chunk = plan.creates.slice(i, i + CHUNK);
          const rows = await tx.client.createManyAndReturn({
            data: chunk.map((c) => ({
              businessId,
              firstName: c.firstName!,
              lastName: c.lastName ?? '',
              email: c.email ?? null,
              phone: c.phone ?? null,
              notes: c.notes ?? null,
              locale: c.locale ?? null,
              source: 'import',
            })),
            select: { id: true, email: true, phone: true },
          });
          made.push(...rows);
          // every new card has an email or a phone, unique in the business: that is how a row finds its id
          const idOf = new Map(rows.flatMap((r) => [r.email, r.phone].filter(Boolean).map((k) => [k!, r.id])));
          const values = chunk.flatMap((c) =>
            Object.entries(c.custom).map(([fieldId, value]) => ({
              businessId,
              clientId: idOf.get((c.email ?? c.phone)!)!,
              fieldId,
              value,
            })),
          );
          if (values.length) await tx.customFieldValue.createMany({ data: values });
        }
        for (const { id, card } of plan.updates) {
          await tx.client.update({
            where: { id, businessId },
            data: {
              firstName: card.firstName,
              lastName: card.lastName,
              email: card.email,
              phone: card.phone,
              notes: card.notes,
              locale: card.locale,
            },
          });
          for (const [fieldId, value] of Object.entries(card.custom))
            await tx.customFieldValue.upsert({
              where: { clientId_fieldId: { clientId: id, fieldId }, businessId },
              create: { businessId, clientId: id, fieldId, value },
              update: { value },
            });
        }
        await recordAuditEvent(
          {
            businessId,
            actorType: 'staff',
            actorId: staffIdentityId,
            action: 'client.imported',
            meta: { ...counts, skipped, invalid, file: fileName.slice(0, 100) },
          },
          tx,
        );
        return made.filter((c) => c.email).map((c) => c.id);
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
    return { ok: true, ...counts, welcome };
  } catch (error) {
    console.error('[import] rolled back', error);
    return fail('failed');
  }
}
