/** A client's access to a restricted page at an instant: `until` is exclusive; no `until` = unlimited. */
export function accessState(
  access: { from: Date; until: Date | null } | null | undefined,
  now: Date,
): 'active' | 'expired' | 'upcoming' | 'none' {
  if (!access) return 'none';
  if (now < access.from) return 'upcoming';
  if (access.until && now >= access.until) return 'expired';
  return 'active';
}
