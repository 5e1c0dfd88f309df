/**
 * The audit row of a passkey added, used to sign in or removed: by its person (a client in a
 * business's portal, else staff in the admin), naming the passkey, never its key.
 */
export function passkeyAudit(
  what: 'added' | 'used' | 'removed',
  passkey: { id: string; name: string; identityId: string },
  { businessId = null, ip, now }: { businessId?: string | null; ip: string | null; now: Date },
) {
  return {
    businessId,
    actorType: businessId ? ('client' as const) : ('staff' as const),
    actorId: passkey.identityId,
    action: `passkey.${what}`,
    targetType: 'passkey',
    targetId: passkey.id,
    meta: { name: passkey.name },
    ip,
    createdAt: now,
  };
}
