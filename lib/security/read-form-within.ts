import { fail, type TFailure } from '@/lib/result';
// An upload's multipart body, read from the stream and given up at the limit: a body sent
// without a Content-Length (Transfer-Encoding: chunked) is counted as it arrives, so the
// server never holds more than the limit, whatever the client sends (ASVS 5.2.1, 13.1.3).

/** room for the multipart envelope and the other fields around a file of `fileBytes` */
const ENVELOPE_BYTES = 64 * 1024;

export type TFormRead = { ok: true; form: FormData } | TFailure<'too_large' | 'unreadable'>;

export async function readFormWithin(request: Request, fileBytes: number): Promise<TFormRead> {
  const limit = fileBytes + ENVELOPE_BYTES;
  if (Number(request.headers.get('content-length') ?? 0) > limit) return fail('too_large');
  const reader = request.body?.getReader();
  if (!reader) return fail('unreadable');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => ({ done: true as const, value: undefined, failed: true }));
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return fail('too_large');
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    const form = await new Response(body, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
    return { ok: true, form };
  } catch {
    return fail('unreadable');
  }
}
