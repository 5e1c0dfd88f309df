import 'server-only';
import { create as contentDisposition } from 'content-disposition';
import { getLocale } from 'next-intl/server';
import { loadMessages, messageLocale } from '@/lib/i18n/locales';
import { portalSession } from './portal-session';

/** The session-checked context of a portal PDF route, or null (then: 404). */
export async function pdfContext(portal: string) {
  const session = await portalSession(portal);
  if (!session) return null;
  const { business, client } = session;
  // the reader's full locale formats dates and money (en-GB: day first); its language picks the text
  const locale = await getLocale();
  return { business, client, pdf: { locale, messages: await loadMessages(messageLocale(locale)), business, client } };
}

export const pdfResponse = (bytes: Buffer, fileName: string) =>
  new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition(fileName),
      'Cache-Control': 'private, no-store',
    },
  });

export const notFoundResponse = () => new Response('Not found', { status: 404 });
