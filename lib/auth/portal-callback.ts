/** Only paths inside the same portal: never an open redirect. */
export function safePortalCallback(portal: string, value: unknown) {
  const fallback = `/p/${portal}/dashboard`;
  const prefix = `/p/${portal}/`;
  if (typeof value !== 'string' || !value.startsWith(prefix) || !/^[\w\-/]*$/.test(value.slice(prefix.length)))
    return fallback;
  return value.startsWith(`/p/${portal}/sign-in`) ? fallback : value;
}
