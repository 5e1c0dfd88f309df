/** Request header set by middleware.ts with the portal slug of the URL. */
export const PORTAL_HEADER = 'x-portico-portal';
