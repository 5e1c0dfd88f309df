// Shared by the upload form (client) and the server's check (upload-policy.ts).
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
