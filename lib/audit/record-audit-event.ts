import 'server-only';
import { db } from '@/lib/db';

type TAuditEvent = {
  businessId?: string | null;
  actorType: 'client' | 'staff' | 'system' | 'anonymous';
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  /** never a secret: no password, code, token or hash */
  meta?: Record<string, string | number | boolean | null>;
  ip?: string | null;
  /** defaults to now */
  createdAt?: Date;
};

export async function recordAuditEvent({ meta, ...event }: TAuditEvent) {
  await db.auditEvent.create({ data: { ...event, meta: meta ? JSON.stringify(meta) : null } });
}
