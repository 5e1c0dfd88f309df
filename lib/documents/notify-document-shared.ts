import 'server-only';
import { db } from '@/lib/db';
import { pushNotice } from '@/lib/messaging/push-notice';

/** Once a document is shared with its client: their phones that asked for it hear so (no document name). */
export async function notifyDocumentShared(businessId: string, documentId: string) {
  const document = await db.document.findFirst({
    where: { id: documentId, businessId, sharedWithClient: true, client: { isDemo: false } },
    select: {
      client: { select: { id: true, locale: true } },
      business: { select: { id: true, slug: true, name: true, defaultLocale: true, country: true } },
    },
  });
  if (!document?.client) return;
  await pushNotice({ business: document.business, client: document.client, kind: 'document', path: '/documents' });
}
