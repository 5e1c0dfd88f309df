/** Request header set by middleware.ts with the portal slug of the URL. */
export const PORTAL_HEADER = 'x-portico-portal';

/** Request header set by middleware.ts with the portal URL's path and query (for redirecting an old portal address). */
export const PORTAL_PATH_HEADER = 'x-portico-portal-path';

/** Request header set by middleware.ts with an admin URL's path and query (for redirecting a business's old address). */
export const ADMIN_PATH_HEADER = 'x-portico-admin-path';
