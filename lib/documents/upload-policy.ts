import { fileTypeFromBuffer } from 'file-type';
import { MAX_UPLOAD_BYTES } from './upload-limits';
import { fail, type TFailure } from '@/lib/result';

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

export type TUploadError =
  | 'empty'
  | 'too_large'
  | 'type'
  | 'unauthorized'
  | 'cross_origin'
  | 'view_only'
  | 'quota_day'
  | 'quota_total'
  | 'rate_limited';

/** The detected type of an upload, or why it is refused. */
export async function checkUpload(bytes: Uint8Array): Promise<{ ok: true; mimeType: string } | TFailure<TUploadError>> {
  if (bytes.byteLength === 0) return fail('empty');
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return fail('too_large');
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !ALLOWED_UPLOAD_TYPES[detected.mime]) return fail('type');
  return { ok: true, mimeType: detected.mime };
}

const SAME_TYPE: Record<string, string[]> = { jpg: ['jpeg', 'jpe'], heic: ['heif'] };

/**
 * A file name safe to store and to send back in Content-Disposition: no path, control or
 * invisible format characters (a right-to-left override makes "invoice\u202Efdp.exe" read
 * "invoiceexe.pdf"), and an extension that is the detected type's ("poly.html" holding a PDF
 * downloads as "poly.pdf"), so the name can never promise another kind of file.
 */
export function safeFileName(name: string, mimeType: string) {
  const ext = ALLOWED_UPLOAD_TYPES[mimeType];
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/^\.+/, '')
    .trim();
  const match = /^(.*)\.([A-Za-z0-9]{1,8})$/.exec(cleaned);
  const given = match?.[2].toLowerCase();
  const keeps = given === ext || (!!given && SAME_TYPE[ext]?.includes(given));
  const stem = (match ? match[1] : cleaned).replace(/[.\s]+$/, '').slice(0, 110);
  return `${stem || 'document'}.${keeps ? given : ext}`;
}
