import 'server-only';
import { db, type Db } from '@/lib/db';

type TAuditEvent = {
  businessId?: string | null;
  actorType: 'client' | 'staff' | 'system' | 'anonymous';
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  /** never a secret: no password, code, token or hash; stored as JSON */
  meta?: Record<string, unknown>;
  ip?: string | null;
  /** defaults to now */
  createdAt?: Date;
};

/**
 * The one way an audit row is written. Pass the transaction of the change it records, so the
 * change and its row commit or fail together; without one it is written on its own.
 */
export async function recordAuditEvent({ meta, ...event }: TAuditEvent, tx: Pick<Db, 'auditEvent'> = db) {
  await tx.auditEvent.create({ data: { ...event, meta: meta ? JSON.stringify(meta) : null } });
}
