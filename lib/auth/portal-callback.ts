/** Only paths inside the same portal: never an open redirect. */
export function safePortalCallback(portal: string, value: unknown) {
  const fallback = `/p/${portal}/dashboard`;
  if (typeof value !== 'string' || !value.startsWith(`/p/${portal}/`) || !/^\/p\/[a-z0-9-]+\/[\w\-/]*$/.test(value))
    return fallback;
  return value.startsWith(`/p/${portal}/sign-in`) ? fallback : value;
}
