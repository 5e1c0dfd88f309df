import { fileTypeFromBuffer } from 'file-type';
import { MAX_UPLOAD_BYTES } from './upload-limits';

/** What clients may send: detected from the file's bytes, never from its name or the browser's claim. */
const ALLOWED_UPLOAD_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
};

export type TUploadError = 'empty' | 'too_large' | 'type' | 'unauthorized' | 'cross_origin' | 'view_only';

/** The detected type of an upload, or why it is refused. */
export async function checkUpload(
  bytes: Uint8Array,
): Promise<{ ok: true; mimeType: string } | { ok: false; error: TUploadError }> {
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: 'too_large' };
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !ALLOWED_UPLOAD_TYPES[detected.mime]) return { ok: false, error: 'type' };
  return { ok: true, mimeType: detected.mime };
}

/** A file name safe to store and to send back in Content-Disposition. */
export function safeFileName(name: string) {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/\0-\x1f\x7f]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 120);
  return cleaned || 'document';
}
