import { create as contentDisposition } from 'content-disposition';

/**
 * A stored file as a download: its type, length and name (any alphabet, RFC 6266), never cached by
 * a shared cache and never sniffed into something else by the browser.
 */
export function fileResponse(
  file: { mimeType: string; sizeBytes: number; fileName: string },
  body: BodyInit,
): Response {
  return new Response(body, {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.sizeBytes),
      'Content-Disposition': contentDisposition(file.fileName),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
